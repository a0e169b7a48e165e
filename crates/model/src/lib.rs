//! The story's model and the interface's languages, apart from any view: the app renders them, the data
//! pipeline fills them, and neither yew nor web-sys is a dependency here.
//!
//! - [`model`]: pure types and functions (dates, the story, the timeline's and the chart's logic, search).
//! - [`i18n`]: the interface languages, their strings and their dates.
//!
//! # Invariants
//! - Every index in a story points into its sibling slice (checked by the data pipeline's validation).
//! - Every text exists in each of the story's languages, non-blank.
//! - Events are in chronological order as far as their dates are known.

pub mod i18n;
pub mod model;
