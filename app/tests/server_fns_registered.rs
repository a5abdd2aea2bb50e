//! Every `#[server]` function is registered explicitly in `server_fns.rs` (release builds
//! otherwise dropped some of them).

use std::path::Path;

#[test]
fn every_server_function_is_registered() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let registry = std::fs::read_to_string(src.join("server_fns.rs")).unwrap();
    let mut missing = Vec::new();
    for module in std::fs::read_dir(&src).unwrap().flatten() {
        let api = module.path().join("api.rs");
        let Ok(text) = std::fs::read_to_string(&api) else { continue };
        let module = module.file_name().to_string_lossy().into_owned();
        for part in text.split("#[server(").skip(1) {
            let name = part.split("pub async fn ").nth(1).unwrap().split('(').next().unwrap();
            let type_name: String = name.split('_').map(|w| w[..1].to_uppercase() + &w[1..]).collect();
            if !registry.contains(&format!("crate::{module}::api::{type_name}>")) {
                missing.push(format!("{module}::{type_name}"));
            }
        }
    }
    assert!(missing.is_empty(), "register these in app/src/server_fns.rs: {missing:?}");
}
