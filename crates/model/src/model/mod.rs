//! The story's model: plain Rust types and the pure functions on them.
//!
//! Nothing here touches yew, web-sys or the DOM (this crate's manifest has neither), so all of it builds and
//! is tested natively. The data pipeline (`explainer-data`) fills these types from `data/`, and the app's
//! `build.rs` writes the result as statics.

pub mod citations;
pub mod date;
pub mod json_strings;
pub mod layout;
pub mod org_tree;
pub mod search;
pub mod story;
pub mod timeline;

pub use crate::i18n::Lang;
pub use citations::{Citations, Citer};
pub use date::{PartialDate, Precision};
pub use org_tree::OrgTree;
pub use search::{Found, Hit, HitKind, SearchIndex};
pub use story::*;
pub use timeline::{Scale, Timeline};
