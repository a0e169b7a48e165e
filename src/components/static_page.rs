//! The page the build writes: a working explainer with links and CSS alone, in one language. Each step of
//! the timeline (the title and every event, each with its own step links, navigator and card) is rendered
//! once and shown as the `:target` of its `#event-` link; each organization's details likewise for its
//! `#node-` link; the article view for `#view-article` and its sentences' links; the other views for their
//! `#view-` fragments; disclosures are `<details>` and checkboxes. A long story's steps beyond the first
//! page's [`Page::size`] are on parts of their own (`en/part-1/`…), linked from the steps beside them, so
//! that no page grows with the story. The app renders the reader's state afresh
//! and takes this page's place (see `bin/app.rs`); controls that only script can work (search, side by
//! side, expand all, the embed button) hold their place here, unseen, so that the take-over moves nothing.

use super::app::{initial_state, site_footer, site_header, skip_link};
use super::article_view::{article, has_aside};
use super::embed_dialog::embed_button;
use super::org_chart::static_org_chart;
use super::story_header::story_header;
use super::timeline::timeline_step;
use super::{Mode, StoryRef};
use crate::i18n::ui;
use crate::model::Story;
use crate::routing::{target_id, Link, Page, Route};
use crate::state::{Action, View};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct StaticPageProps {
    pub story: StoryRef,
    /// Which page: its language, and which part of a long story's steps it holds.
    pub page: Page,
}

/// The static explainer, or one part of its steps.
#[component]
pub fn StaticPage(props: &StaticPageProps) -> Html {
    let StaticPageProps { story, page } = props;
    let (story, page) = (*story, *page);
    let lang = page.lang;
    let mode = Mode::Static(page);
    let state = Rc::new(initial_state(&story, lang));
    let none = Callback::noop();
    let strings = ui(lang);
    let first = page.part == 0;
    let events = page.part * page.size..((page.part + 1) * page.size).min(story.events.len());
    html! {
        <div class="app static-page" lang={lang.code()}>
            // The views' targets: empty anchors the stylesheet reads with `:has(#view-…:target)`.
            if first {
                { for View::offered(&story).into_iter().filter(|&v| v != View::Article).map(|v| html! {
                    <span class="view-target" id={target_id(&story, Link::View(v))}></span>
                }) }
            }
            { skip_link(lang) }
            { site_header(story, &state, mode, &none) }
            <main>
                { story_header(story, lang) }
                <section id="timeline" class="timeline-view" aria-label={strings.timeline}>
                    // Shown when no step is named: the title on the first page, a part's first step on the others.
                    if first {
                        <div class="timeline-step" data-step="default">{ timeline_step(story, &state, mode, &none) }</div>
                    }
                    { for events.map(|i| {
                        let step = state.apply(Action::Select(Some(i)));
                        html! {
                            <div class="timeline-step" id={target_id(&story, Link::Route(Route::Event(i)))}
                                data-step={(!first && i == page.part * page.size).then_some("default")}>
                                { timeline_step(story, &step, mode, &none) }
                            </div>
                        }
                    }) }
                </section>
                if first && story.has_org_chart() {
                    { static_org_chart(story, &state, mode) }
                }
                if story.has_article() && (first || story.article.paragraphs.iter().any(|p| page.part_of(p.first_sentence as usize) == page.part)) {
                    { article(story, &state, mode, &none) }
                }
            </main>
            { site_footer(story, &state, mode, embed_button(state.lang, Callback::noop())) }
        </div>
    }
}

/// What the shown state marks elsewhere in the static page `page`, as the app does: the selected
/// organization's box, the organizations in the shown event ("related"), the sentence whose citations are
/// shown apart (a sentence that is its own target is marked by the stylesheet). One rule each, naming
/// elements by id (ids are letters, digits and hyphens: nothing here needs escaping, and the page escapes
/// it anyway). The page puts them in its `<head>` (`prerender::page`): a stylesheet at the end of the body
/// made the browser match every rule again once the page was parsed, 50 ms of style at 10,000 events.
pub fn state_rules(story: &'static Story, page: Page) -> String {
    let state = &initial_state(&StoryRef(story), page.lang);
    let shown = |id: String| format!(".static-page:has(#{id}:is(:target,.as-target))");
    let mut rules: Vec<String> = Vec::new();
    // The org chart is on the first page only, with the first page's events.
    if page.part == 0 && story.has_org_chart() {
        let selected: Vec<String> = story
            .organizations
            .iter()
            .map(|o| format!("{} #org-box-{}", shown(format!("node-{}", o.id)), o.id))
            .collect();
        rules.push(format!("{}{{{ORG_SELECTED}}}", selected.join(",")));
        for e in story.events.iter().take(page.size).filter(|e| !e.organizations.is_empty()) {
            let boxes: Vec<String> =
                e.organizations.iter().map(|&o| format!("#org-box-{}", story.organizations[o as usize].id)).collect();
            rules.push(format!(
                "{} :is({}) .related-mark{{display:inline-block}}",
                shown(format!("event-{}", e.id)),
                boxes.join(",")
            ));
        }
    }
    let here = |i: usize| page.part_of_sentence(story, i) == page.part;
    let cited: Vec<String> = (0..story.article.sentences.len())
        .filter(|&i| here(i) && has_aside(state, i))
        .map(|i| story.article.sentences[i].id)
        .map(|id| format!("{} #cite-{id}", shown(format!("sentence-{id}"))))
        .collect();
    if !cited.is_empty() {
        rules.push(format!("{}{{{SENTENCE_HIGHLIGHTED}}}", cited.join(",")));
    }
    rules.concat()
}

/// The looks of `.org-box.selected` and `.sentence.highlighted` in `styles/components.css`, for the rules
/// above (which a stylesheet cannot write: they name the story's ids).
const ORG_SELECTED: &str = "border-color:var(--text);box-shadow:inset 4px 0 0 var(--accent),0 0 0 1px var(--text)";
const SENTENCE_HIGHLIGHTED: &str =
    "background:var(--highlight);box-shadow:0 0 0 2px var(--highlight);outline:2px solid var(--text);outline-offset:2px";
