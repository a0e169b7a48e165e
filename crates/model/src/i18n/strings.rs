//! What an interface language must say, checked by the compiler: a language missing a string does not
//! build. Strings with values in them are functions, so each language orders its own words.

use super::Lang;
use crate::model::OrgKind;

/// The interface's words in one language, and how it writes dates.
pub struct UiStrings {
    /// The language's Open Graph locale.
    pub locale: &'static str,
    /// A year as a number of the common era, or before it (`-500`: "500 BCE", "기원전 500").
    pub era_year: fn(i32) -> String,
    /// A date as precise as it is known, given its year as `era_year` wrote it: a year; a year and a month
    /// (1–12); a day.
    pub year: fn(&str) -> String,
    pub month: fn(&str, u8) -> String,
    pub day: fn(&str, u8, u8) -> String,
    /// A time of day, given on the 24-hour clock (`오전 10:10`, `10:10 AM`), and a day with its time.
    pub clock: fn(u8, u8) -> String,
    pub day_time: fn(&str, &str) -> String,
    /// A date and time with its time zone: (the date and time, the zone's name, its offset from UTC).
    pub zoned: fn(&str, &str, &str) -> String,
    /// A whole hour as an axis label, given on the 24-hour clock.
    pub hour: fn(u8) -> String,
    /// What stands between two sentences of a paragraph: a space, or nothing (Chinese, Japanese).
    pub sentence_gap: &'static str,
    /// Name of the group of language buttons.
    pub language: &'static str,
    /// Label before the publication date.
    pub published: &'static str,
    /// Label of an inferred date or event.
    pub inferred: &'static str,
    /// Label of a planned event.
    pub planned: &'static str,
    /// What an inferred date rests on.
    pub basis: &'static str,
    /// Name of the timeline widget.
    pub timeline: &'static str,
    /// Short and accessible names of the step buttons.
    pub previous: &'static str,
    pub next: &'static str,
    pub previous_event: &'static str,
    pub next_event: &'static str,
    /// The button on the title card that opens the first event.
    pub start: &'static str,
    /// Where the reader is: "Event 3 of 12".
    pub position: fn(usize, usize) -> String,
    /// The title card's place in the sequence.
    pub intro: &'static str,
    /// Zooming: into a day (given as text), and back out to the whole story.
    pub zoom_in: fn(&str) -> String,
    pub zoom_out: &'static str,
    /// A busy day's marker (given the day and the count), whose visible label is its count: its name starts
    /// with that count (label in name): "6 events on Nov 4, 2015".
    pub cluster: fn(&str, usize) -> String,
    /// Label of the stretch of a day's events with no time given.
    pub time_not_given: &'static str,
    /// Labels in the event card.
    pub place: &'static str,
    pub people: &'static str,
    pub organizations: &'static str,
    pub figures: &'static str,
    /// The source sentences: show, hide, their heading, the original's label.
    pub show_sources: &'static str,
    pub hide_sources: &'static str,
    pub sources: &'static str,
    pub original: &'static str,
    /// The side-by-side switch, naming the second language.
    pub side_by_side: fn(Lang) -> String,
    /// Accessible name of a cut in the axis.
    pub gap: &'static str,
    /// The view switch: its name and the three views.
    pub views: &'static str,
    pub view_timeline: &'static str,
    pub view_org: &'static str,
    pub view_both: &'static str,
    /// The org chart: its heading, and its expand / collapse buttons.
    pub org_chart: &'static str,
    pub expand_all: &'static str,
    pub collapse_all: &'static str,
    /// What kind of body an organization is.
    pub kind: fn(OrgKind) -> &'static str,
    /// An organization's founding, and the mark of a new one (given the date as text).
    pub founded: fn(&str) -> String,
    pub new_since: fn(&str) -> String,
    /// Headings of an organization's work.
    pub work_past: &'static str,
    pub work_proposed: &'static str,
    pub work_remit: &'static str,
    /// Its members, and the group of members on one side (given the side's name).
    pub members: &'static str,
    /// The static page's checkbox that shows or folds away an organization's members (given its name).
    pub members_of: fn(&str) -> String,
    pub side: fn(&str) -> String,
    /// The events an organization took part in.
    pub related_events: &'static str,
    /// After the first events of a long list: how many more there are.
    pub more_events: fn(usize) -> String,
    /// On a part of a long article's static page: the links to the paragraphs before and after.
    pub article_before: &'static str,
    pub article_after: &'static str,
    /// Added to the name of a marker or node linked to the other view's selection.
    pub related: &'static str,
    /// Shown in the details panel before any organization is selected.
    pub pick_a_node: &'static str,
    /// The embed button and dialog.
    pub embed: &'static str,
    pub embed_title: &'static str,
    pub embed_help: &'static str,
    pub embed_flavour: &'static str,
    pub copy: &'static str,
    pub copied: &'static str,
    pub close: &'static str,
    /// In embed mode: the link to the full page.
    pub full_page: &'static str,
    /// The footer's credit line, before the outlet and reporter.
    pub source_article: &'static str,
    /// The heading of the printed list of every event.
    pub all_events: &'static str,
    /// The article view's tab; its heading; the reporter's label; the link to the publisher's page.
    pub view_article: &'static str,
    pub the_article: &'static str,
    /// The article view's heading when the story has no translation.
    pub the_article_alone: &'static str,
    pub reporter: &'static str,
    pub at_publisher: fn(&str) -> String,
    /// The article view's hint, and a cited sentence's list: its heading and accessible name (given a count).
    pub article_hint: &'static str,
    pub cited_by: &'static str,
    pub cited_times: fn(usize) -> String,
    /// In a source list: the link to the sentence in the article view.
    pub in_article: &'static str,
    /// Search: the field's label and placeholder, the count of results (total, shown), the kinds of result,
    /// the timeline filter and the clear button.
    pub search: &'static str,
    /// Given whether the story has organizations and an article: what the field searches.
    pub search_placeholder: fn(bool, bool) -> &'static str,
    pub results: fn(usize, usize) -> String,
    pub result_event: &'static str,
    pub result_org: &'static str,
    pub result_sentence: &'static str,
    pub filter_timeline: &'static str,
    pub clear_search: &'static str,
    /// An event's group on its card; the group filter's label and its button for every group.
    pub group: &'static str,
    pub groups: &'static str,
    pub all_groups: &'static str,
    /// The link of an event's media that is not shown on the page (a video, a post), given its site.
    pub media_on: fn(&str) -> String,
    /// The eras on the axis, as a list's accessible name.
    pub eras: &'static str,
    /// An event card's share link; what it says once the link is copied; when it cannot be copied (given
    /// the address); an event's own page's link into the explainer.
    pub share: &'static str,
    pub link_copied: &'static str,
    pub copy_this_link: &'static str,
    pub open_at_event: &'static str,
    /// On an organization that stands apart from the chart (no parent, no members): what it is.
    pub apart_from_chart: &'static str,
    /// The skip link at the top of the page.
    pub skip_to_timeline: &'static str,
    /// Shown above the page when the app fails.
    pub failure: &'static str,
}
