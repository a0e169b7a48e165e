//! The committed JSON Schema in `data/schema/` must match the Rust types it is generated from.
//! Run `make schema` (or `UPDATE_SCHEMA=1 cargo test --test schema`) to regenerate it.

#![cfg(not(target_arch = "wasm32"))]

use explainer::data_pipeline::schema::schema_files;
use std::path::Path;

#[test]
fn committed_schema_is_current() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("data/schema");
    let update = std::env::var_os("UPDATE_SCHEMA").is_some();
    for (name, generated) in schema_files() {
        let path = dir.join(&name);
        if update {
            std::fs::create_dir_all(&dir).unwrap();
            std::fs::write(&path, &generated).unwrap();
        }
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(committed == generated, "data/schema/{name} is stale: run `make schema` and commit it");
    }
}

#[test]
fn schema_forbids_unknown_fields_and_documents_fields() {
    for (name, generated) in schema_files() {
        assert!(generated.contains("\"additionalProperties\": false"), "{name}");
        assert!(generated.contains("\"description\""), "{name} has no field descriptions");
    }
}
