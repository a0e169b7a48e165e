//! An interactive news explainer in the story's own languages: a story's article, timeline and
//! organizations, built from the data in `data/` and rendered with Yew.
//!
//! # Layers (each a crate where the boundary matters)
//! - [`model`] and [`i18n`] (crate `explainer-model`): pure types and functions, the interface languages.
//!   Its manifest has no yew and no web-sys.
//! - `data_pipeline` (crate `explainer-data`, native only): reads and validates `data/`, generates the
//!   story's statics for `build.rs`.
//! - [`story`]: the generated story of this build, and the fixture stories the tests read.
//! - [`state`], [`routing`], [`embed`]: the reducer, every URL, the embed options (pure, tested natively).
//! - [`components`]: Yew views; state lives in [`components::app::App`]. [`browser`]: the one facade over
//!   the browser. [`prerender`] (native): the static pages.
//!
//! # Invariants
//! - Every index in the generated story points into its sibling slice (checked by validation).
//! - Every text exists in each of the story's languages, non-blank; the browser loads each language's texts.
//! - Events are in chronological order as far as their dates are known.

pub mod browser;
pub mod components;
/// The data pipeline (crate `explainer-data`), natively.
#[cfg(not(target_arch = "wasm32"))]
pub use explainer_data as data_pipeline;
pub mod embed;
pub use explainer_model::{i18n, model};
#[cfg(not(target_arch = "wasm32"))]
pub mod prerender;
pub mod routing;
pub mod state;
pub mod story;
#[cfg(not(target_arch = "wasm32"))]
pub mod wasm_imports;
