//! The browser entry point. The page the build wrote already works (links and CSS); this renders the app
//! afresh in the reader's state (the URL, and what the reader did on the static page: the step, the open
//! sources, the folded organizations), hidden beside it, and once rendered the app takes its place. The
//! bundle holds no text of the story: first the texts the reader needs are loaded (the page has already
//! asked for them).

#[cfg(target_arch = "wasm32")]
fn main() {
    use explainer::browser;
    use explainer::components::app::{App, AppProps};
    use explainer::components::StoryRef;
    use explainer::embed::options::parse_options;
    use explainer::model::Lang;
    use explainer::routing::{hash_for, initial_route, view_from_hash, Route};
    use explainer::state::Action;
    use explainer::story::STORY;
    use std::rc::Rc;

    let (options, warnings) = parse_options(&browser::location_search());
    let document = gloo::utils::document();
    // The page's language; `?lang=` has already moved the reader to its page (a script in <head>), unless
    // that script was kept from running.
    let page_lang =
        document.document_element().and_then(|e| e.get_attribute("lang")).as_deref().and_then(Lang::from_tag);
    let lang = options.lang.or(page_lang).filter(|&l| STORY.languages.contains(l)).unwrap_or(STORY.languages.original);
    // A panic logs its details and leaves a notice above the page, which stays as it was: never a blank page.
    // Through yew, which otherwise puts its own hook in place of any other when the app starts to render.
    yew::set_custom_panic_hook(Box::new(move |info| {
        web_sys::console::error_1(&format!("explainer: {info}").into());
        browser::show_failure(lang);
    }));
    for warning in warnings {
        browser::warn(&warning);
    }
    browser::apply_look(options.theme, options.transparent);
    wasm_bindgen_futures::spawn_local(async move {
        // The page's language and the original first: without them the static page stays, working as it is
        // (as when the wasm cannot load). A second language asked for that does not come is left out.
        if let Err(e) = browser::load_texts(STORY.texts, &STORY.languages.shown(lang, None)).await {
            return browser::warn(&e);
        }
        let mut lang2 = options.lang2.filter(|&l| STORY.languages.contains(l));
        if let Some(l) = lang2 {
            if let Err(e) = browser::load_texts(STORY.texts, &[l]).await {
                browser::warn(&e);
                lang2 = None;
            }
        }
        // What the reader did on the static page meanwhile is read now, as the app starts.
        let hash = browser::location_hash();
        let route = initial_route(&STORY, &hash, options.event.as_deref());
        if route != Route::Title {
            // `?event=` becomes `#event-` (replacing, not adding, a history entry).
            browser::write_hash(&hash_for(&STORY, route), false);
        }
        let shown = browser::static_choices();
        // Folded first: a node the URL selects is then opened (a selected node is never hidden).
        let mut startup: Vec<Action> =
            shown.folded.iter().filter_map(|id| STORY.organization_index(id)).map(Action::ToggleNode).collect();
        startup.extend([
            Action::SetLang2(lang2),
            Action::SetView(view_from_hash(&hash).unwrap_or(options.view)),
            Action::SetEmbed(options.embed),
            // Share links name the host page only in a frame our embed code made (`hostEvents`: that page
            // opens the frame at an event), and only the page the frame is in.
            Action::SetHost(
                options.parent_url.clone().filter(|url| options.embed && options.host_events && browser::is_host(url)),
            ),
            Action::Route(route),
        ]);
        if shown.sources_open {
            startup.push(Action::ToggleSources);
        }
        let props =
            AppProps { story: StoryRef(&STORY), lang, startup: Rc::new(startup), page_url: browser::page_url().into() };
        yew::Renderer::<App>::with_root_and_props(browser::live_root(), props).render();
    });
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("The app runs in the browser: build it with `make dist` or `make serve`.");
}

/// The allocator: talc, smaller in the bundle than std's dlmalloc (2.1 KB gzip; step latency unchanged,
/// 14.0 ms in `make bench`). The page is single-threaded: its lock is a no-op.
#[cfg(target_arch = "wasm32")]
#[global_allocator]
// SAFETY: the page runs the wasm on one thread (talc's condition for `new_global`).
static ALLOCATOR: talc::TalckWasm = unsafe { talc::TalckWasm::new_global() };
