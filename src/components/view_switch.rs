//! The view switch: timeline, org chart, both, or the article (`?view=`). Live, toggle buttons; on the
//! static page, links to each view's fragment (`#view-org`), whose pressed look the stylesheet follows.

use super::{Mode, StoryRef};
use crate::i18n::ui;
use crate::model::Lang;
use crate::routing::{href, Link};
use crate::state::View;
use yew::prelude::*;

/// The views' switch; the current one is pressed. None for a story with one view, the timeline alone.
pub fn view_switch(story: StoryRef, current: View, lang: Lang, mode: Mode, on_select: &Callback<View>) -> Html {
    let strings = ui(lang);
    let offered = View::offered(&story);
    if offered.len() < 2 {
        return Html::default();
    }
    html! {
        <div class="segmented view-switch" role="group" aria-label={strings.views} data-testid="view-switch">
            { for offered.into_iter().map(|view| {
                let name = match view {
                    View::Timeline => strings.view_timeline,
                    View::Org => strings.view_org,
                    View::Both => strings.view_both,
                    View::Article => strings.view_article,
                };
                match mode {
                    Mode::Live => html! {
                        <button type="button" data-view={view.code()} aria-pressed={(view == current).to_string()}
                            onclick={on_select.reform(move |_| view)}>
                            { name }
                        </button>
                    },
                    Mode::Static(_) => html! { <a data-view={view.code()} href={href(&story, mode.page(), Link::View(view))}>{ name }</a> },
                }
            }) }
        </div>
    }
}
