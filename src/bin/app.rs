//! The browser entry point: hydrates the prerendered page in its own language, then applies what the
//! URL and the reader's preferences ask for; in a frame, starts auto-height.

#[cfg(target_arch = "wasm32")]
fn main() {
    use explainer::browser;
    use explainer::components::app::{App, AppProps};
    use explainer::components::StoryRef;
    use explainer::embed::{frame, options::parse_options};
    use explainer::model::Lang;
    use explainer::routing::{hash_for, initial_route, Route};
    use explainer::state::Action;
    use explainer::story::STORY;
    use std::rc::Rc;

    let (options, warnings) = parse_options(&browser::location_search());
    let document = gloo::utils::document();
    // The prerendered page's language; a page built without the prerender has none, and renders afresh.
    let page_lang =
        document.document_element().and_then(|e| e.get_attribute("lang")).as_deref().and_then(Lang::from_tag);
    // `/en/` and `/zh/` name their language as `?lang=` does; the root (Korean) page follows the reader.
    let reader_lang = match (options.lang, page_lang) {
        (None, Some(page)) if page != Lang::Ko => page,
        (query, _) => browser::initial_lang(query),
    };
    // A panic logs its details and leaves a notice above the (prerendered) page: never a blank page.
    std::panic::set_hook(Box::new(move |info| {
        web_sys::console::error_1(&format!("explainer: {info}").into());
        browser::show_failure(reader_lang);
    }));
    for warning in warnings {
        web_sys::console::warn_1(&format!("explainer: {warning}").into());
    }
    browser::apply_look(options.theme, options.transparent);
    let route = initial_route(&STORY, &browser::location_hash(), options.event.as_deref());
    if route != Route::Title {
        // `?event=` becomes `#event-` (replacing, not adding, a history entry).
        browser::write_hash(&hash_for(&STORY, route), false);
    }
    let root = document.get_element_by_id("app").expect("index.html has <div id=\"app\">");
    let prerendered = root.child_element_count() > 0;
    let startup = vec![
        Action::SetLang(reader_lang),
        Action::SetLang2(options.lang2),
        Action::SetView(options.view),
        Action::SetEmbed(options.embed),
        Action::Route(route),
    ];
    let props = AppProps {
        story: StoryRef(&STORY),
        lang: page_lang.unwrap_or(Lang::Ko),
        startup: Rc::new(startup),
        page_url: browser::page_url().into(),
    };
    let renderer = yew::Renderer::<App>::with_root_and_props(root, props);
    if prerendered {
        renderer.hydrate();
    } else {
        renderer.render();
    }
    // Auto-height lives as long as the page.
    std::mem::forget(frame::start(options.child_id));
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("The app runs in the browser: build it with `make dist` or `make serve`.");
}
