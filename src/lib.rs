//! An interactive, trilingual news explainer: a story's article, timeline and organizations, built from
//! the data in `data/` and rendered with Yew.
//!
//! # Layers
//! - [`model`]: pure types and functions (dates, languages, the story). No yew, no web-sys.
//! - `data_pipeline` (native only): reads and validates `data/`, generates the story's statics.
//! - [`story`]: the generated story of this build.
//! - [`i18n`]: interface strings and date formatting per language.
//! - [`components`]: Yew views; state lives in [`components::app::App`].
//!
//! # Invariants
//! - Every index in the generated story points into its sibling slice (checked by validation).
//! - Every text exists in every language of [`model::Lang`], non-blank.
//! - Events are in chronological order as far as their dates are known.

pub mod browser;
pub mod components;
#[cfg(not(target_arch = "wasm32"))]
pub mod data_pipeline;
pub mod embed;
pub mod i18n;
pub mod model;
#[cfg(not(target_arch = "wasm32"))]
pub mod prerender;
pub mod routing;
pub mod state;
pub mod story;
