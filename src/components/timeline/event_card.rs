//! The shown event: date and time zone, status, headline, text, place, people, organizations, figures,
//! and its source sentences on demand. In side-by-side mode every text shows in both languages.

use crate::components::bi_text::bi_text;
use crate::components::media::media_figure;
use crate::components::sources::{source_list, SourceListProps};
use crate::components::{Mode, StoryRef};
use crate::i18n::{format_event_date, status_label, ui};
use crate::model::{Lang, Text};
use crate::routing::{href, share_href, Link, Route};
use crate::state::Action;
use yew::prelude::*;

pub struct EventCardProps {
    pub story: StoryRef,
    pub event: usize,
    pub lang: Lang,
    pub lang2: Option<Lang>,
    pub mode: Mode,
    pub sources_open: bool,
    /// Inside an embed, the host page's address, which the share link then names.
    pub host: Option<std::rc::Rc<str>>,
    pub on_action: Callback<Action>,
}

/// The card of one event.
pub fn event_card(props: EventCardProps) -> Html {
    let EventCardProps { story, event, lang, lang2, mode, sources_open, host, on_action } = &props;
    let (lang, lang2) = (*lang, *lang2);
    let e = &story.events[*event];
    let strings = ui(lang);
    let status = status_label(e.when.status, lang);
    let bi = |text: Text| bi_text(text, lang, lang2);
    // A list of names, each with an optional detail (a person's role).
    let names = |label: &'static str, testid: &'static str, items: Vec<(Text, Option<Text>)>| {
        (!items.is_empty()).then(|| {
            html! {
                <div class="fact" data-testid={testid}>
                    <dt>{ label }</dt>
                    <dd><ul>{ for items.into_iter().map(|(name, detail)| html! {
                        <li>
                            { bi(name) }
                            if let Some(detail) = detail {
                                <span class="detail">{ bi(detail) }</span>
                            }
                        </li>
                    }) }</ul></dd>
                </div>
            }
        })
    };
    let people = e.people.iter().map(|&p| story.people[p as usize]).map(|p| (p.name, Some(p.role))).collect();

    let figures = e.figures.iter().map(|&f| (story.figures[f as usize].text, None)).collect();
    // Ids of the event's own, unique however many cards the static page holds.
    let headline_id = format!("headline-{}", e.id);
    html! {
        <article class="event-card" data-testid="event-card" data-event-id={e.id} data-status={status.map_or("stated", |s| s.0)}
            aria-labelledby={headline_id.clone()}>
            <p class="card-date">
                <time datetime={e.when.date.datetime()}>{ format_event_date(story, e, lang) }</time>
                if let Some((code, word)) = status {
                    { " " }<span class="status-label" data-status={code}>{ word }</span>
                }
            </p>
            <h2 id={headline_id}>{ bi(e.headline) }</h2>
            if let Some(basis) = e.when.basis {
                <p class="basis"><strong>{ strings.basis }{ ": " }</strong>{ bi(basis) }</p>
            }
            if let Some(media) = &e.media {
                { media_figure(media, lang, lang2, *mode) }
            }
            if let Some(text) = e.text {
                <p class="card-text">{ bi(text) }</p>
            }
            <dl class="facts">
                if let Some(group) = e.group.filter(|_| cfg!(story_groups)) {
                    <div class="fact" data-testid="event-group">
                        <dt>{ strings.group }</dt>
                        <dd>{ bi(story.groups[group as usize].name) }</dd>
                    </div>
                }
                if let Some(place) = e.place {
                    <div class="fact" data-testid="event-place">
                        <dt>{ strings.place }</dt>
                        <dd>{ bi(story.places[place as usize].name) }</dd>
                    </div>
                }
                { names(strings.people, "event-people", people) }
                if !e.organizations.is_empty() {
                    <div class="fact" data-testid="event-organizations">
                        <dt>{ strings.organizations }</dt>
                        <dd><ul>{ for e.organizations.iter().map(|&o| {
                            let o = o as usize;
                            html! {
                                <li>
                                    <a data-testid="event-org" data-node-id={story.organizations[o].id}
                                        href={href(story, mode.page(), Link::Route(Route::Node(o)))}
                                        onclick={on_action.reform(move |e: MouseEvent| {
                                            e.prevent_default();
                                            Action::ShowNode(o)
                                        })}>
                                        { bi(story.organizations[o].name) }
                                    </a>
                                </li>
                            }
                        }) }</ul></dd>
                    </div>
                }
                { names(strings.figures, "event-figures", figures) }
            </dl>
            // Shared by `assets/share.js` (the share sheet, or the clipboard; no wasm needed), which says what
            // it did in the status beside it; keyed (a list of one), so each event's is new and nothing said
            // stays for the next.
            { for std::iter::once(html! {
            <p class="share" key={e.id}>
                <a href={share_href(story, mode.page(), lang, *event, host.as_deref())} data-testid="share-link" data-share=""
                    data-title={e.headline.get(lang)} data-copied={strings.link_copied} data-copy={strings.copy_this_link}
                    target="_top">
                    { strings.share }
                </a>
                <span class="share-status" role="status" data-testid="share-status"></span>
            </p>
            }) }
            { source_list(SourceListProps { id: format!("sources-{}", e.id), story: *story, sources: e.sources, lang, lang2, mode: *mode,
                open: *sources_open, on_toggle: on_action.reform(|_| Action::ToggleSources), on_action: on_action.clone() }) }
        </article>
    }
}
