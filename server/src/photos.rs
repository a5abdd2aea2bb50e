//! Proposal photos outside Leptos: a plain multipart form posts the file (so it works without
//! JavaScript), and the photo is served with the same visibility rules as the proposal.
//!
//! Every photo is decoded, made at most 1200 px wide and high, and re-encoded as JPEG: the new
//! file carries no EXIF data, so no location either. Other sites cannot post here: the
//! security middleware refuses foreign origins for every POST.

use app::proposals::model::ProposalId;
use app::proposals::service;
use app::state::AppState;
use axum::body::Bytes;
use axum::extract::{Multipart, Path, State};
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use std::io::Cursor;
use std::sync::{Arc, LazyLock};
use std::time::Duration;
use tokio::sync::Semaphore;
use tower_sessions::Session;

/// The largest upload accepted.
pub const MAX_UPLOAD: usize = 8 * 1024 * 1024;
/// The longest side of a stored photo.
pub const MAX_SIDE: u32 = 1200;
/// The most pixels a photo may have (a 40 megapixel camera); a small file can claim far more
/// (a "decompression bomb"), so the header is read before anything is decoded.
pub const MAX_PIXELS: u64 = 40_000_000;
/// The memory one decode may take.
pub const MAX_ALLOC: u64 = 256 * 1024 * 1024;
/// How many photos are decoded at the same time; more wait, at most [`BUSY_WAIT`].
pub const CONCURRENT_DECODES: usize = 2;
/// How long an upload waits for a free place before it is told to try again.
pub const BUSY_WAIT: Duration = Duration::from_secs(5);

/// The places for decoding photos, shared by all uploads.
static DECODES: LazyLock<Arc<Semaphore>> = LazyLock::new(|| Arc::new(Semaphore::new(CONCURRENT_DECODES)));

/// Why a file was refused.
#[derive(Debug, PartialEq, Eq)]
pub enum PhotoError {
    /// The file is larger than [`MAX_UPLOAD`].
    TooBig,
    /// The image has more than [`MAX_PIXELS`] pixels, or its decoding would take too much memory.
    TooLarge,
    Unreadable,
    /// Too many photos are being decoded; try again in a moment.
    Busy,
}

/// Decodes a JPEG, PNG or WebP file, shrinks it to at most [`MAX_SIDE`] and re-encodes it as
/// JPEG without metadata. Returns (width, height, bytes). The size in the file's header is
/// checked first, so a huge image is refused without being decoded.
pub fn process(bytes: &[u8]) -> Result<(u32, u32, Vec<u8>), PhotoError> {
    if bytes.len() > MAX_UPLOAD {
        return Err(PhotoError::TooBig);
    }
    let reader = || image::ImageReader::new(Cursor::new(bytes)).with_guessed_format().map_err(|_| PhotoError::Unreadable);
    let (width, height) = reader()?.into_dimensions().map_err(|_| PhotoError::Unreadable)?;
    if u64::from(width) * u64::from(height) > MAX_PIXELS {
        return Err(PhotoError::TooLarge);
    }
    let mut reader = reader()?;
    let mut limits = image::Limits::default();
    limits.max_image_width = Some(width);
    limits.max_image_height = Some(height);
    limits.max_alloc = Some(MAX_ALLOC);
    reader.limits(limits);
    let img = reader.decode().map_err(|e| match e {
        image::ImageError::Limits(_) => PhotoError::TooLarge,
        _ => PhotoError::Unreadable,
    })?;
    // Area averaging straight into the small image: no full-size intermediate buffer.
    let img = if img.width() > MAX_SIDE || img.height() > MAX_SIDE {
        img.thumbnail(MAX_SIDE, MAX_SIDE)
    } else {
        img
    };
    let rgb = img.to_rgb8();
    let mut out = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 85).encode_image(&rgb).map_err(|_| PhotoError::Unreadable)?;
    Ok((rgb.width(), rgb.height(), out))
}

/// [`process`] on a blocking thread, once one of the `places` is free; `Busy` when none is
/// free within `wait`. The place travels with the decode: if the upload goes away, the place
/// is only free again once the decode has finished.
pub async fn process_limited(places: &Arc<Semaphore>, wait: Duration, bytes: Bytes) -> Result<(u32, u32, Vec<u8>), PhotoError> {
    let Ok(Ok(place)) = tokio::time::timeout(wait, places.clone().acquire_owned()).await else {
        return Err(PhotoError::Busy);
    };
    tokio::task::spawn_blocking(move || {
        let processed = process(&bytes);
        drop(place);
        processed
    })
    .await
    .unwrap_or(Err(PhotoError::Unreadable))
}

/// `GET /meedoen/foto/{id}.jpg`: the photo, for people who may see the proposal.
pub async fn serve(State(state): State<AppState>, session: Session, Path(file): Path<String>) -> Response {
    let Some(id) = file.strip_suffix(".jpg").and_then(|id| id.parse::<i64>().ok()) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let Ok(Some(user)) = app::auth::user_of_session(&state, &session).await else {
        return StatusCode::NOT_FOUND.into_response();
    };
    // Only for people who may see the proposal: the proposals' one visibility policy.
    match service::photo(&state.db, &user, ProposalId(id)).await {
        Ok(Some(bytes)) => {
            ([(header::CONTENT_TYPE, "image/jpeg"), (header::CACHE_CONTROL, "private, max-age=300")], bytes).into_response()
        }
        Ok(None) => StatusCode::NOT_FOUND.into_response(),
        Err(_) => StatusCode::INTERNAL_SERVER_ERROR.into_response(),
    }
}

/// `POST /meedoen/foto/{id}`: the author adds or replaces the photo of their open proposal,
/// then goes back to the proposal (`?foto=ok`, `te-groot`, `te-veel-pixels`, `druk` or `ongeldig`).
pub async fn upload(State(state): State<AppState>, session: Session, Path(id): Path<String>, mut form: Multipart) -> Response {
    let Ok(id) = id.parse::<i64>() else { return StatusCode::NOT_FOUND.into_response() };
    let Ok(Some(user)) = app::auth::user_of_session(&state, &session).await else {
        return Redirect::to("/inloggen").into_response();
    };
    match service::may_add_photo(&state.db, &user, ProposalId(id)).await {
        Ok(true) => {}
        Ok(false) => return StatusCode::FORBIDDEN.into_response(),
        Err(_) => return StatusCode::INTERNAL_SERVER_ERROR.into_response(),
    }
    let back = |outcome: &str| Redirect::to(&format!("/meedoen/{id}?foto={outcome}")).into_response();
    let mut bytes = None;
    loop {
        match form.next_field().await {
            Ok(Some(field)) if field.name() == Some("foto") => match field.bytes().await {
                Ok(b) => bytes = Some(b),
                Err(_) => return back("te-groot"),
            },
            Ok(Some(_)) => {}
            Ok(None) => break,
            Err(_) => return back("te-groot"),
        }
    }
    let Some(bytes) = bytes.filter(|b| !b.is_empty()) else { return back("ongeldig") };
    let (width, height, jpeg) = match process_limited(&DECODES, BUSY_WAIT, bytes).await {
        Ok(p) => p,
        Err(PhotoError::TooBig) => return back("te-groot"),
        Err(PhotoError::TooLarge) => return back("te-veel-pixels"),
        Err(PhotoError::Busy) => return back("druk"),
        Err(PhotoError::Unreadable) => return back("ongeldig"),
    };
    let photo = service::Photo { width: i64::from(width), height: i64::from(height), jpeg: &jpeg };
    let saved = app::in_write!(&state.db, |tx| service::save_photo(tx, ProposalId(id), photo, state.clock.now()));
    match saved {
        Ok(()) => back("ok"),
        Err(_) => StatusCode::INTERNAL_SERVER_ERROR.into_response(),
    }
}
