//! Every address the page writes or reads, in one place. Deep links: `#event-<id>` (TimelineJS's
//! convention) and `?event=<id>` choose the shown event, `#node-<id>` the selected organization,
//! `#sentence-<id>` a sentence of the article view, `#view-<view>` a view of the static page; each language
//! has a page of its own ([`page_path`]). Every link in the page is built by [`href`]. Pure functions of
//! strings; the browser glue reads and writes the URL.

use crate::model::{Lang, Story};
use crate::state::View;

/// The prefix of an event's fragment.
pub const EVENT_PREFIX: &str = "#event-";
/// The prefix of an organization's fragment.
pub const NODE_PREFIX: &str = "#node-";
/// The prefix of a sentence's fragment (the article view).
pub const SENTENCE_PREFIX: &str = "#sentence-";

/// The prefix of a view's fragment (`#view-org`): the static page shows that view.
pub const VIEW_PREFIX: &str = "#view-";
/// The timeline's fragment: the skip link's target, and on the static page the title card.
pub const TIMELINE: &str = "#timeline";

/// What a fragment points at.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Route {
    /// No (known) target: the title card.
    Title,
    Event(usize),
    Node(usize),
    /// A sentence of the article, highlighted in the article view.
    Sentence(usize),
}

impl From<Option<usize>> for Route {
    /// The route of a selected event, or of the title card.
    fn from(selected: Option<usize>) -> Route {
        selected.map_or(Route::Title, Route::Event)
    }
}

/// What a URL fragment names. Anything unknown or malformed is the title card.
pub fn route_from_hash(story: &Story, hash: &str) -> Route {
    if let Some(i) = hash.strip_prefix(EVENT_PREFIX).and_then(|id| story.event_index(id)) {
        Route::Event(i)
    } else if let Some(i) = hash.strip_prefix(NODE_PREFIX).and_then(|id| story.organization_index(id)) {
        Route::Node(i)
    } else if let Some(i) = hash.strip_prefix(SENTENCE_PREFIX).and_then(|id| story.sentence_index(id)) {
        Route::Sentence(i)
    } else {
        Route::Title
    }
}

/// The route a changed fragment asks for; `None` for fragments that are not routes at all (the skip link's
/// `#timeline`, say), which leave the state alone.
pub fn route_change(story: &Story, hash: &str) -> Option<Route> {
    let is_route = hash.is_empty()
        || hash == "#"
        || [EVENT_PREFIX, NODE_PREFIX, SENTENCE_PREFIX].iter().any(|p| hash.starts_with(p));
    is_route.then(|| route_from_hash(story, hash))
}

/// A page the build writes: a language's page (`part` 0), or one of its parts, which hold what a long story
/// has beyond the first `size` events and `size` sentences of the article (`en/part-1/` the next, and so
/// on), so that no page grows with the story. The organizations' details and the views are on part 0; a
/// paragraph is on the part of its first sentence.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Page {
    pub lang: Lang,
    /// The story's original language, whose page is the root.
    pub original: Lang,
    pub part: usize,
    /// Events, and sentences of the article, on each page.
    pub size: usize,
}

impl Page {
    /// Where this page lives, relative to the site root.
    pub fn path(self) -> String {
        let part = if self.part == 0 { String::new() } else { format!("part-{}/", self.part) };
        format!("{}{part}", page_path(self.lang, self.original))
    }

    /// The part that holds event `i`.
    pub fn part_of(self, i: usize) -> usize {
        i / self.size.max(1)
    }

    /// The part that holds sentence `s` of the article (with its paragraph).
    pub fn part_of_sentence(self, story: &Story, s: usize) -> usize {
        let paragraphs = story.article.paragraphs;
        let p = paragraphs.partition_point(|p| p.first_sentence as usize <= s).saturating_sub(1);
        paragraphs.get(p).map_or(0, |p| self.part_of(p.first_sentence as usize))
    }

    /// The page in `lang` with part `part`, as seen from here: a relative address, or empty for this page.
    fn to(self, lang: Lang, part: usize) -> String {
        let there = Page { lang, part, ..self };
        if there == self {
            return String::new();
        }
        format!("{}{}", up(&self.path()), there.path())
    }
}

/// The way from a page at `path` (relative to the site root) up to the root.
fn up(path: &str) -> String {
    match path.matches('/').count() {
        0 => "./".to_string(),
        depth => "../".repeat(depth),
    }
}

/// Something the page links to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Link {
    /// An event, organization or sentence; [`Route::Title`] is the timeline's title card.
    Route(Route),
    /// A view of the static page.
    View(View),
    /// The article's paragraphs on a part of the static page.
    Article { part: usize },
    /// The page in `to`, linked from the page in `from`: a relative address (the site may live anywhere)
    /// naming the language as a choice (`?lang=`), which the root page's start-up script follows over the
    /// browser's languages.
    Page { from: Lang, to: Lang },
}

/// The `href` of a link written in the app (`at` is `None`: a fragment of this page) or on a static page,
/// where what another page holds is linked there.
pub fn href(story: &Story, at: Option<Page>, link: Link) -> String {
    let fragment = match link {
        Link::Route(Route::Title) => TIMELINE.to_string(),
        Link::Route(route) => hash_for(story, route),
        Link::View(view) => format!("{VIEW_PREFIX}{}", view.code()),
        Link::Article { .. } => format!("{VIEW_PREFIX}{}", View::Article.code()),
        Link::Page { from, to } => {
            let here = at.map_or(page_path(from, story.languages.original), Page::path);
            return format!("{}{}?lang={}", up(&here), page_path(to, story.languages.original), to.code());
        }
    };
    let Some(page) = at else { return fragment };
    let part = match link {
        Link::Route(Route::Event(i)) => page.part_of(i),
        Link::Route(Route::Sentence(s)) => page.part_of_sentence(story, s),
        Link::Article { part } => part,
        _ => 0,
    };
    format!("{}{fragment}", page.to(page.lang, part))
}

/// The `id` of what a route names (its fragment without `#`): the element the static page shows as its
/// `:target`.
pub fn target_id(story: &Story, link: Link) -> String {
    href(story, None, link).trim_start_matches('#').to_string()
}

/// The folder of the site root where each language's texts are, which the app loads.
pub const TEXTS_FOLDER: &str = "text/";

/// The file of the story's texts in `lang`, linked from `page`.
pub fn texts_href(story: &Story, page: Page, lang: Lang) -> String {
    from_root(Some(page), &format!("{TEXTS_FOLDER}{}", story.texts.file_name(lang)))
}

/// Where an image of the story's media is, seen from `at` (a static page) or live (`None`): another
/// origin's as it is; the story's own (`media/…`) from the site's root, whichever page or part shows it.
pub fn media_href(at: Option<Page>, image: &crate::model::Image) -> String {
    if image.is_remote() {
        return image.src.to_string();
    }
    from_root(at, image.src)
}

/// A path relative to the site's root, seen from the static page `at` (relative, up to the root), or live
/// (`None`: from the site's root address, the page's own address changing with the reader's language).
fn from_root(at: Option<Page>, path: &str) -> String {
    match at {
        Some(page) => format!("{}{path}", up(&page.path())),
        None => format!("{}{path}", crate::browser::site_root()),
    }
}

/// Where a language's page lives, relative to the site root: the original's at the root, each other one in
/// the folder of its code (`en/`).
pub fn page_path(lang: Lang, original: Lang) -> String {
    if lang == original {
        String::new()
    } else {
        format!("{}/", lang.code())
    }
}

/// The folder of each language's event pages: `en/event/<id>/`, one page per event with its own title and
/// preview, that opens the explainer at the event.
pub const EVENT_FOLDER: &str = "event/";

/// The oEmbed answer's file, at the site's root; each page links it by its absolute address.
pub const OEMBED_FILE: &str = "oembed.json";

/// The key in a host page's address that opens the embedded explainer at an event:
/// `?explainer-event=<story id>.<event id>`. Only our embed code reads it (see `assets/embed.js`).
pub const HOST_EVENT_KEY: &str = "explainer-event";

/// Where event `event`'s own page lives, relative to the site root: `en/event/<id>/` (the original's at
/// `event/<id>/`).
pub fn event_page_path(story: &Story, lang: Lang, event: usize) -> String {
    format!("{}{EVENT_FOLDER}{}/", page_path(lang, story.languages.original), story.events[event].id)
}

/// From an event's page (of `lang`) to the explainer at the event: its language's page, or the part that
/// holds it (`size` events a page), `../../part-2/#event-<id>`. The original's, at the root, names its
/// language, which the root page then keeps rather than follow the reader's browser.
pub fn from_event_page(story: &Story, lang: Lang, event: usize, size: usize) -> String {
    let at = Page { lang, original: story.languages.original, part: 0, size };
    let part = at.part_of(event);
    let part = if part == 0 { String::new() } else { format!("part-{part}/") };
    let choice = if lang == story.languages.original { format!("?lang={}", lang.code()) } else { String::new() };
    format!("../../{part}{choice}{}", hash_for(story, Route::Event(event)))
}

/// The address that shares event `event`: inside an embed whose host page is known (`host`), the host's
/// address carrying [`HOST_EVENT_KEY`] (its other keys kept, its fragment dropped); otherwise the event's
/// own page, seen from the static page `at`, or live, from the site's root.
pub fn share_href(story: &Story, at: Option<Page>, lang: Lang, event: usize, host: Option<&str>) -> String {
    if let Some(host) = host {
        let host = host.split('#').next().unwrap_or(host);
        let (page, search) = host.split_once('?').unwrap_or((host, ""));
        let mut kept = String::new();
        push_pairs(&mut kept, search, &[HOST_EVENT_KEY]);
        push_pairs(&mut kept, &format!("{HOST_EVENT_KEY}={}.{}", story.article.id, story.events[event].id), &[]);
        return format!("{page}{kept}");
    }
    from_root(at, &event_page_path(story, lang, event))
}

/// The reader's place on the page in `to`, from their address on the page in `from` (`path`, `query` and
/// `hash` as `location` gives them): the same site base and part of a long story (`…/part-3/` is the same
/// part in every language), the same fragment, and the query without `lang` and `event` (the fragment says
/// where the reader is). With `name_it` the query names `to` first (`lang=`), which the page's start-up
/// script then keeps over the reader's saved choice and browser languages. `None` when `path` is not in
/// `from`'s folder (the original's is the site's root, which every path is in).
pub fn lang_page_url(
    (path, query, hash): (&str, &str, &str),
    from: Lang,
    to: Lang,
    original: Lang,
    name_it: bool,
) -> Option<String> {
    // One leading slash: `//en/` would name another host.
    let path = &path[(path.len() - path.trim_start_matches('/').len()).saturating_sub(1)..];
    let dir = path.strip_suffix("index.html").unwrap_or(path);
    let (dir, part) = match dir.trim_end_matches('/').rsplit_once('/') {
        // `part-` and digits (a site folder named `part-time/` is not a part).
        Some((up, last))
            if last.strip_prefix("part-").is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit())) =>
        {
            (&dir[..up.len() + 1], &dir[up.len() + 1..])
        }
        _ => (dir, ""),
    };
    let base = dir.strip_suffix(&page_path(from, original))?;
    let mut search = String::new();
    if name_it {
        push_pairs(&mut search, &format!("lang={}", to.code()), &[]);
    }
    push_pairs(&mut search, query, &["lang", "event"]);
    Some(format!("{base}{}{part}{search}{hash}", page_path(to, original)))
}

/// Adds to `search`, a query string being written (`?a=1`, or empty), the pairs of `pairs` (`?b=2&c=3`,
/// `b=2`, or empty) but those of `keys`.
fn push_pairs(search: &mut String, pairs: &str, keys: &[&str]) {
    for pair in pairs.trim_start_matches('?').split('&') {
        if !pair.is_empty() && !keys.contains(&pair.split('=').next().unwrap_or_default()) {
            search.push(if search.is_empty() { '?' } else { '&' });
            search.push_str(pair);
        }
    }
}

/// The live page at `page` (an absolute address) in a language and a view: `<page>?lang=…&view=…`, or its
/// embed's (`embed`) `<page>?embed=1&lang=…&view=…`.
fn live_url(page: &str, embed: bool, lang: Lang, view: View) -> String {
    format!("{page}?{}lang={}&view={}", if embed { "embed=1&" } else { "" }, lang.code(), view.code())
}

/// From an embed, the full page at the reader's place: `<page>?lang=…&view=…#event-…`.
pub fn full_page_url(story: &Story, page: &str, lang: Lang, view: View, route: Route) -> String {
    live_url(page, false, lang, view) + &hash_for(story, route)
}

/// The address of the embed for a state: `<page>?embed=1&lang=…&view=…&event=…`.
pub fn embed_url(page: &str, lang: Lang, view: View, event: Option<&str>) -> String {
    let mut url = live_url(page, true, lang, view);
    if let Some(id) = event {
        url.push_str("&event=");
        url.push_str(id);
    }
    url
}

/// The view a fragment names (`#view-org`), if it names one.
pub fn view_from_hash(hash: &str) -> Option<View> {
    hash.strip_prefix(VIEW_PREFIX).and_then(View::from_code)
}

/// Where to start: the fragment wins, then `?event=`.
pub fn initial_route(story: &Story, hash: &str, query_event: Option<&str>) -> Route {
    match route_from_hash(story, hash) {
        Route::Title => query_event.and_then(|id| story.event_index(id)).map_or(Route::Title, Route::Event),
        route => route,
    }
}

/// The fragment for a route: `#event-<id>`, `#node-<id>`, or empty for the title card.
pub fn hash_for(story: &Story, route: Route) -> String {
    match route {
        Route::Event(i) => story.events.get(i).map_or(String::new(), |e| format!("{EVENT_PREFIX}{}", e.id)),
        Route::Node(i) => story.organizations.get(i).map_or(String::new(), |o| format!("{NODE_PREFIX}{}", o.id)),
        Route::Sentence(i) => {
            story.article.sentences.get(i).map_or(String::new(), |s| format!("{SENTENCE_PREFIX}{}", s.id))
        }
        Route::Title => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::story::fixtures::seoul_beijing::STORY;

    #[test]
    fn live_urls_carry_the_state() {
        assert_eq!(
            embed_url("https://x.example/", Lang::En, View::Both, None),
            "https://x.example/?embed=1&lang=en&view=both"
        );
        assert_eq!(
            embed_url("https://x.example/", Lang::Zh, View::Org, Some("sister-cities")),
            "https://x.example/?embed=1&lang=zh&view=org&event=sister-cities"
        );
        let event = STORY.events.len() - 1;
        assert_eq!(
            full_page_url(&STORY, "https://x.example/en/", Lang::En, View::Timeline, Route::Event(event)),
            format!("https://x.example/en/?lang=en&view=timeline#event-{}", STORY.events[event].id)
        );
        assert_eq!(
            full_page_url(&STORY, "https://x.example/", Lang::Ko, View::Both, Route::Title),
            "https://x.example/?lang=ko&view=both"
        );
    }

    #[test]
    fn hashes_round_trip_for_every_event_and_node() {
        for i in 0..STORY.events.len() {
            assert_eq!(route_from_hash(&STORY, &hash_for(&STORY, Route::Event(i))), Route::Event(i));
        }
        for i in 0..STORY.organizations.len() {
            assert_eq!(route_from_hash(&STORY, &hash_for(&STORY, Route::Node(i))), Route::Node(i));
        }
        for i in 0..STORY.article.sentences.len() {
            assert_eq!(route_from_hash(&STORY, &hash_for(&STORY, Route::Sentence(i))), Route::Sentence(i));
        }
        assert_eq!(hash_for(&STORY, Route::Sentence(0)), "#sentence-p1-s1");
        assert_eq!(hash_for(&STORY, Route::Title), "");
        assert_eq!(hash_for(&STORY, Route::Event(usize::MAX)), "");
    }

    #[test]
    fn the_fragment_beats_the_query() {
        let first = STORY.events[0].id;
        let last = STORY.events.len() - 1;
        let hash = format!("#event-{}", STORY.events[last].id);
        assert_eq!(initial_route(&STORY, &hash, Some(first)), Route::Event(last));
        assert_eq!(initial_route(&STORY, "", Some(first)), Route::Event(0));
        assert_eq!(initial_route(&STORY, "#event-nope", Some(first)), Route::Event(0));
        let node = format!("#node-{}", STORY.organizations[2].id);
        assert_eq!(initial_route(&STORY, &node, Some(first)), Route::Node(2));
    }

    #[test]
    fn other_fragments_are_not_routes() {
        assert_eq!(route_change(&STORY, "#timeline"), None);
        assert_eq!(route_change(&STORY, "#main"), None);
        assert_eq!(route_change(&STORY, ""), Some(Route::Title));
        assert_eq!(route_change(&STORY, "#event-nope"), Some(Route::Title));
        assert_eq!(route_change(&STORY, &format!("#event-{}", STORY.events[1].id)), Some(Route::Event(1)));
    }

    #[test]
    fn links_use_the_route_prefixes_and_relative_pages() {
        assert_eq!(href(&STORY, None, Link::Route(Route::Event(0))), format!("#event-{}", STORY.events[0].id));
        assert_eq!(href(&STORY, None, Link::Route(Route::Title)), "#timeline");
        assert_eq!(href(&STORY, None, Link::View(View::Article)), "#view-article");
        assert_eq!(target_id(&STORY, Link::View(View::Article)), "view-article");
        assert_eq!(view_from_hash("#view-article"), Some(View::Article));
        assert_eq!(view_from_hash("#view-nope"), None);
        assert_eq!(href(&STORY, None, Link::Page { from: Lang::Ko, to: Lang::En }), "./en/?lang=en");
        assert_eq!(href(&STORY, None, Link::Page { from: Lang::En, to: Lang::Zh }), "../zh/?lang=zh");
        assert_eq!(href(&STORY, None, Link::Page { from: Lang::Zh, to: Lang::Ko }), "../?lang=ko");
        assert_eq!(href(&STORY, None, Link::Page { from: Lang::Ko, to: Lang::Ko }), "./?lang=ko");
    }

    #[test]
    fn static_pages_link_across_their_parts() {
        let first = |lang| Some(Page { lang, original: Lang::Ko, part: 0, size: 2 });
        let (e0, e3) = (STORY.events[0].id, STORY.events[3].id);
        // On the first page: its own events by fragment, later ones on their part.
        assert_eq!(
            href(&STORY, first(Lang::Ko), Link::Route(Route::Event(1))),
            format!("#event-{}", STORY.events[1].id)
        );
        assert_eq!(href(&STORY, first(Lang::Ko), Link::Route(Route::Event(3))), format!("./part-1/#event-{e3}"));
        assert_eq!(href(&STORY, first(Lang::En), Link::Route(Route::Event(3))), format!("../en/part-1/#event-{e3}"));
        // From a part: back to the first page for earlier events, the title, organizations and views.
        let part = Some(Page { lang: Lang::En, original: Lang::Ko, part: 1, size: 2 });
        assert_eq!(href(&STORY, part, Link::Route(Route::Event(3))), format!("#event-{e3}"));
        assert_eq!(href(&STORY, part, Link::Route(Route::Event(0))), format!("../../en/#event-{e0}"));
        assert_eq!(href(&STORY, part, Link::Route(Route::Title)), "../../en/#timeline");
        assert_eq!(href(&STORY, part, Link::View(View::Org)), "../../en/#view-org");
        assert_eq!(href(&STORY, part, Link::Page { from: Lang::En, to: Lang::Ko }), "../../?lang=ko");
        assert_eq!(href(&STORY, part, Link::Page { from: Lang::En, to: Lang::Zh }), "../../zh/?lang=zh");
        assert_eq!(Page { lang: Lang::Ko, original: Lang::Ko, part: 2, size: 2 }.path(), "part-2/");
        // Sentences live with their paragraph, on the part of its first sentence.
        let p = STORY.article.paragraphs.iter().find(|p| p.first_sentence >= 2 && p.sentence_count >= 2).unwrap();
        let (s, id) = (p.first_sentence as usize + 1, STORY.article.sentences[p.first_sentence as usize + 1].id);
        let want = p.first_sentence as usize / 2;
        assert_eq!(
            href(&STORY, first(Lang::Ko), Link::Route(Route::Sentence(s))),
            format!("./part-{want}/#sentence-{id}")
        );
        assert_eq!(href(&STORY, part, Link::Article { part: 0 }), "../../en/#view-article");
    }

    #[test]
    fn a_language_page_keeps_the_readers_place() {
        let place =
            |path, search, hash, from, to, name_it| lang_page_url((path, search, hash), from, to, Lang::Ko, name_it);
        assert_eq!(place("/", "", "#event-a", Lang::Ko, Lang::En, false).as_deref(), Some("/en/#event-a"));
        assert_eq!(place("/repo/", "", "", Lang::Ko, Lang::En, false).as_deref(), Some("/repo/en/"));
        assert_eq!(
            place("/site/en/index.html", "?lang=en&embed=1", "", Lang::En, Lang::Zh, false).as_deref(),
            Some("/site/zh/?embed=1")
        );
        // A part of a long story is the same part in the other language; the query is kept, `lang=` first
        // (which the start-up script and the app read first).
        assert_eq!(
            place("/en/part-2/", "?embed=1&childId=x", "#event-b", Lang::En, Lang::Ko, true).as_deref(),
            Some("/part-2/?lang=ko&embed=1&childId=x#event-b")
        );
        assert_eq!(place("/part-2/", "", "", Lang::Ko, Lang::En, false).as_deref(), Some("/en/part-2/"));
        assert_eq!(place("/en/part-2/index.html", "", "", Lang::En, Lang::Zh, false).as_deref(), Some("/zh/part-2/"));
        // A folder of the site's own that only looks like a part.
        assert_eq!(place("/part-time/", "", "", Lang::Ko, Lang::En, false).as_deref(), Some("/part-time/en/"));
        assert_eq!(place("/zh/", "?lang=zh", "", Lang::Zh, Lang::Ko, true).as_deref(), Some("/?lang=ko"));
        assert_eq!(
            place("/en/", "?lang=zh&%6Cang=zh&lang=en", "", Lang::En, Lang::Ko, true).as_deref(),
            Some("/?lang=ko&%6Cang=zh")
        );
        // One leading slash, never another host's address.
        assert_eq!(place("//", "", "", Lang::Ko, Lang::En, false).as_deref(), Some("/en/"));
        assert_eq!(place("//en/", "", "", Lang::En, Lang::Ko, false).as_deref(), Some("/"));
        // `?event=` is where the reader started: the fragment says where they are now.
        assert_eq!(place("/", "?event=a&embed=1", "", Lang::Ko, Lang::En, false).as_deref(), Some("/en/?embed=1"));
        // Not the page it says it is: nowhere.
        assert_eq!(place("/elsewhere/", "", "", Lang::En, Lang::Ko, false), None);
    }

    #[test]
    fn drops_keys_from_a_query() {
        let without = |pairs, keys| {
            let mut search = String::new();
            push_pairs(&mut search, pairs, keys);
            search
        };
        assert_eq!(without("?lang=en&view=org", &["lang"]), "?view=org");
        assert_eq!(without("?view=org&lang=en&lang=zh&language=x", &["lang"]), "?view=org&language=x");
        assert_eq!(without("?lang=en&event=a", &["lang", "event"]), "");
        assert_eq!(without("", &["lang"]), "");
        assert_eq!(without("?&lang&embed=1", &["lang"]), "?embed=1");
    }

    #[test]
    fn each_event_has_a_page_and_a_share_address() {
        let e = STORY.events[2].id;
        let id = STORY.article.id;
        assert_eq!(event_page_path(&STORY, Lang::En, 2), format!("en/event/{e}/"));
        assert_eq!(event_page_path(&STORY, STORY.languages.original, 2), format!("event/{e}/"));
        assert_eq!(from_event_page(&STORY, Lang::En, 2, 100), format!("../../#event-{e}"));
        assert_eq!(
            from_event_page(&STORY, Lang::En, 2, 2),
            format!("../../part-1/#event-{e}"),
            "the part that holds it"
        );
        assert_eq!(
            from_event_page(&STORY, Lang::Ko, 2, 100),
            format!("../../?lang=ko#event-{e}"),
            "the original names itself"
        );
        assert_eq!(
            share_href(
                &STORY,
                Some(Page { lang: Lang::En, original: Lang::Ko, part: 0, size: 100 }),
                Lang::En,
                2,
                None
            ),
            format!("../en/event/{e}/")
        );
        assert_eq!(
            share_href(&STORY, None, Lang::En, 2, Some("https://news.example/a?x=1&explainer-event=old.one#top")),
            format!("https://news.example/a?x=1&explainer-event={id}.{e}")
        );
        assert_eq!(
            share_href(&STORY, None, Lang::Zh, 2, Some("https://news.example/a")),
            format!("https://news.example/a?explainer-event={id}.{e}")
        );
    }

    #[test]
    fn hostile_values_open_the_title_card() {
        let long = "x".repeat(20_000);
        for hash in
            ["", "#", "#event-", "#node-", "#event-<script>", "#EVENT-sister-cities", "#node-team-economy%20", &long]
        {
            assert_eq!(initial_route(&STORY, hash, Some(&long)), Route::Title, "{hash:.40}");
        }
    }
}
