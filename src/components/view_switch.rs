//! The view switch: timeline, org chart, both, or the article (`?view=`).

use crate::i18n::ui;
use crate::model::Lang;
use crate::state::View;
use yew::prelude::*;

/// Toggle buttons choosing the views shown; the current one is pressed.
pub fn view_switch(current: View, lang: Lang, on_select: &Callback<View>) -> Html {
    let strings = ui(lang);
    html! {
        <div class="segmented view-switch" role="group" aria-label={strings.views} data-testid="view-switch">
            { for View::ALL.into_iter().map(|view| html! {
                <button type="button" data-view={view.code()} aria-pressed={(view == current).to_string()}
                    onclick={on_select.reform(move |_| view)}>
                    { match view {
                        View::Timeline => strings.view_timeline,
                        View::Org => strings.view_org,
                        View::Both => strings.view_both,
                        View::Article => strings.view_article,
                    } }
                </button>
            }) }
        </div>
    }
}
