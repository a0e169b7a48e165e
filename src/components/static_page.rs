//! The page the build writes: a working explainer with links and CSS alone, in one language. Each step of
//! the timeline (the title and every event, each with its own step links, navigator and card) is rendered
//! once and shown as the `:target` of its `#event-` link; each organization's details likewise for its
//! `#node-` link; the article view for `#view-article` and its sentences' links; the other views for their
//! `#view-` fragments; disclosures are `<details>` and checkboxes. The app renders the reader's state afresh
//! and takes this page's place (see `bin/app.rs`); controls that only script can work (search, side by
//! side, expand all, the embed dialog) hold their place here, unseen, so that the take-over moves nothing.

use super::app::{initial_state, site_footer, site_header, skip_link};
use super::article_view::article;
use super::org_chart::static_org_chart;
use super::story_header::story_header;
use super::timeline::timeline_step;
use super::{Mode, StoryRef};
use crate::i18n::ui;
use crate::model::Lang;
use crate::routing::{href, Link, Route};
use crate::state::{Action, AppState, View};
use std::rc::Rc;
use yew::prelude::*;


#[derive(Properties, PartialEq)]
pub struct StaticPageProps {
    pub story: StoryRef,
    pub lang: Lang,
}

/// The static explainer.
#[component]
pub fn StaticPage(props: &StaticPageProps) -> Html {
    let StaticPageProps { story, lang } = props;
    let (story, lang) = (*story, *lang);
    let state = Rc::new(initial_state(&story, lang));
    let none = Callback::noop();
    let strings = ui(lang);
    html! {
        <div class="app static-page" lang={lang.code()}>
            // The views' targets: empty anchors the stylesheet reads with `:has(#view-…:is(:target,.as-target))`.
            { for View::ALL.into_iter().filter(|&v| v != View::Article).map(|v| html! {
                <span class="view-target" id={href(&story, Link::View(v))[1..].to_string()}></span>
            }) }
            { skip_link(lang) }
            { site_header(story, &state, Mode::Static, &none) }
            <main>
                { story_header(story, lang) }
                <section id="timeline" class="timeline-view" aria-label={strings.timeline}>
                    <div class="timeline-step" data-step="title">{ timeline_step(story, &state, Mode::Static, &none) }</div>
                    { for (0..story.events.len()).map(|i| {
                        let step = state.apply(Action::Select(Some(i)));
                        html! {
                            <div class="timeline-step" id={href(&story, Link::Route(Route::Event(i)))[1..].to_string()}>
                                { timeline_step(story, &step, Mode::Static, &none) }
                            </div>
                        }
                    }) }
                </section>
                { static_org_chart(story, &state) }
                { article(story, &state, Mode::Static, &none) }
            </main>
            { site_footer(story, &state, Mode::Static, &AttrValue::default()) }
            <style>{ state_rules(story, &state) }</style>
        </div>
    }
}

/// What the shown state marks elsewhere in the page, as the app does: the selected organization's box, the
/// organizations in the shown event ("related"), the sentence whose citations are shown. One rule each,
/// naming elements by id (text in `<style>` is escaped like any text: no quotes or `>` here; ids are
/// letters, digits and hyphens).
fn state_rules(story: StoryRef, state: &AppState) -> String {
    let mut css = String::new();
    for o in story.organizations {
        css += &format!(
            ".static-page:has(#node-{id}:is(:target,.as-target)) #org-box-{id}{{border-color:var(--text);box-shadow:inset 4px 0 0 var(--accent),0 0 0 1px var(--text)}}",
            id = o.id
        );
    }
    for e in story.events.iter().filter(|e| !e.organizations.is_empty()) {
        let boxes: Vec<String> = e.organizations.iter().map(|&o| format!("#org-box-{}", story.organizations[o as usize].id)).collect();
        css += &format!(".static-page:has(#event-{}:is(:target,.as-target)) :is({}) .related-mark{{display:inline-block}}", e.id, boxes.join(","));
    }
    for (_, s) in story.article.sentences.iter().enumerate().filter(|&(i, _)| !state.citations.of(i).is_empty()) {
        css += &format!(".static-page:has(#sentence-{id}:is(:target,.as-target)) #cite-{id}{{background:var(--highlight);box-shadow:0 0 0 2px var(--highlight);outline:2px solid var(--text);outline-offset:2px}}", id = s.id);
    }
    css
}
