//! Interface strings and date formatting: everything that depends on the reader's language but not on the
//! story.

mod dates;
mod strings;

pub use crate::model::Lang;
use crate::model::Status;
pub use dates::{format_date, format_hour, format_utc_offset, format_when, MONTHS_LONG};
pub use strings::{ui, UiStrings};

/// How a status is named for the reader, with a stable code for styling: `None` for stated facts.
pub fn status_label(status: Status, lang: Lang) -> Option<(&'static str, &'static str)> {
    match status {
        Status::Stated => None,
        Status::Inferred => Some(("inferred", ui(lang).inferred)),
        Status::Planned => Some(("planned", ui(lang).planned)),
    }
}
