//! Registers every server function with the router.
//!
//! Leptos finds server functions through link-time registration (inventory); in release
//! builds the linker dropped some of them (the agenda's answered 404). Naming each one here
//! keeps them all, whatever the build profile. A new server function must be added here;
//! `server/tests` call each one over HTTP.

use leptos::server_fn::axum::register_explicit;

/// Registers all server functions (safe to call more than once).
pub fn register_server_fns() {
    register_explicit::<crate::accounts::api::GetMe>();
    register_explicit::<crate::home::api::GetHome>();
    register_explicit::<crate::accounts::api::SignUp>();
    register_explicit::<crate::accounts::api::SignIn>();
    register_explicit::<crate::accounts::api::SignOut>();
    register_explicit::<crate::accounts::api::GetProfile>();
    register_explicit::<crate::accounts::api::ChangeDisplayName>();
    register_explicit::<crate::accounts::api::ChangePassword>();
    register_explicit::<crate::accounts::api::DeleteAccount>();
    register_explicit::<crate::agenda::api::GetAgenda>();
    register_explicit::<crate::agenda::api::GetActivity>();
    register_explicit::<crate::agenda::api::GetMyAgenda>();
    register_explicit::<crate::agenda::api::PublishActivity>();
    register_explicit::<crate::agenda::api::SignUpFor>();
    register_explicit::<crate::agenda::api::WithdrawFrom>();
    register_explicit::<crate::agenda::api::GetParticipants>();
    register_explicit::<crate::agenda::api::CancelActivity>();
    register_explicit::<crate::agenda::api::EditActivity>();
    register_explicit::<crate::agenda::api::GetArchive>();
    register_explicit::<crate::agenda::api::GetPoster>();
    register_explicit::<crate::agenda::api::GetFeedLinks>();
    register_explicit::<crate::agenda::api::NewPersonalFeed>();
    register_explicit::<crate::agenda::api::StopPersonalFeed>();
    register_explicit::<crate::agenda::api::GetRoomChoices>();
    register_explicit::<crate::groups::api::GetGroups>();
    register_explicit::<crate::groups::api::GetGroup>();
    register_explicit::<crate::groups::api::GetNewGroupForm>();
    register_explicit::<crate::groups::api::CreateGroup>();
    register_explicit::<crate::groups::api::JoinGroup>();
    register_explicit::<crate::groups::api::LeaveGroup>();
    register_explicit::<crate::groups::api::DecideRequest>();
    register_explicit::<crate::groups::api::MakeCoordinator>();
    register_explicit::<crate::groups::api::PostAnnouncement>();
    register_explicit::<crate::groups::api::PlanTask>();
    register_explicit::<crate::groups::api::SignUpForTask>();
    register_explicit::<crate::groups::api::WithdrawFromTask>();
    register_explicit::<crate::groups::api::RecordHours>();
    register_explicit::<crate::groups::api::GetMyGroups>();
    register_explicit::<crate::neighbourhood::api::StaffBuurten>();
    register_explicit::<crate::neighbourhood::api::CreateBuurt>();
    register_explicit::<crate::neighbourhood::api::ListHouseholds>();
    register_explicit::<crate::neighbourhood::api::CreateHousehold>();
    register_explicit::<crate::neighbourhood::api::GetHousehold>();
    register_explicit::<crate::neighbourhood::api::CreateInvite>();
    register_explicit::<crate::neighbourhood::api::RevokeInvite>();
    register_explicit::<crate::neighbourhood::api::GetInviteLetter>();
    register_explicit::<crate::neighbourhood::api::ListMembers>();
    register_explicit::<crate::neighbourhood::api::SetRole>();
    register_explicit::<crate::notifications::api::ListNotifications>();
    register_explicit::<crate::notifications::api::MarkRead>();
    register_explicit::<crate::mail::api::GetMailChoices>();
    register_explicit::<crate::mail::api::SaveMailChoices>();
    register_explicit::<crate::mail::api::UnsubscribeInfo>();
    register_explicit::<crate::rooms::api::GetRooms>();
    register_explicit::<crate::rooms::api::GetRoomWeek>();
    register_explicit::<crate::rooms::api::GetRoom>();
    register_explicit::<crate::rooms::api::RequestReservation>();
    register_explicit::<crate::rooms::api::GetMyReservations>();
    register_explicit::<crate::rooms::api::CancelReservation>();
    register_explicit::<crate::rooms::api::GetRequests>();
    register_explicit::<crate::rooms::api::DecideReservation>();
    register_explicit::<crate::rooms::api::GetRoomSettings>();
    register_explicit::<crate::rooms::api::SaveRoom>();
    register_explicit::<crate::rooms::api::AddClosedDay>();
    register_explicit::<crate::rooms::api::BookRecurring>();
    register_explicit::<crate::rooms::api::BlockTime>();
    register_explicit::<crate::proposals::api::GetProposals>();
    register_explicit::<crate::proposals::api::GetProposal>();
    register_explicit::<crate::proposals::api::GetNewProposalInfo>();
    register_explicit::<crate::proposals::api::SubmitProposal>();
    register_explicit::<crate::proposals::api::ResubmitProposal>();
    register_explicit::<crate::proposals::api::WithdrawProposal>();
    register_explicit::<crate::proposals::api::SupportProposal>();
    register_explicit::<crate::proposals::api::ModerateProposal>();
    register_explicit::<crate::proposals::api::AcceptActivity>();
    register_explicit::<crate::proposals::api::MergeProposal>();
    register_explicit::<crate::proposals::api::HideProposal>();
    register_explicit::<crate::proposals::api::GetModerationQueue>();
    register_explicit::<crate::proposals::api::GetModerationLog>();
    register_explicit::<crate::proposals::api::GetMyProposals>();
    register_explicit::<crate::proposals::api::GetParticipationSettings>();
    register_explicit::<crate::proposals::api::SaveParticipationSettings>();
    register_explicit::<crate::comments::api::GetComments>();
    register_explicit::<crate::comments::api::PostComment>();
    register_explicit::<crate::comments::api::DeleteComment>();
    register_explicit::<crate::comments::api::Report>();
    register_explicit::<crate::comments::api::Moderate>();
    register_explicit::<crate::comments::api::GetReported>();
    register_explicit::<crate::voting::api::GetRounds>();
    register_explicit::<crate::voting::api::GetRound>();
    register_explicit::<crate::voting::api::GetNewRoundForm>();
    register_explicit::<crate::voting::api::OpenRound>();
    register_explicit::<crate::voting::api::CastVotes>();
    register_explicit::<crate::voting::api::AssistVotes>();
    register_explicit::<crate::voting::api::CloseRound>();
    register_explicit::<crate::fairness::api::GetDashboard>();
}
