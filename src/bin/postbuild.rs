//! Trunk's post-build hook (native). In release builds: the page of each of the story's languages
//! (`index.html` in the original, `en/index.html`…, and for a long story their parts, `en/part-1/index.html`…)
//! with its head tags and CSP, and each event's own page to share it by (`en/event/<id>/index.html`). Always: each language's texts, which the app loads (`text/<lang>.<version>.json`),
//! the story's own images (`media/…`), and the oEmbed answer `oembed.json`. The site's public address comes from `SITE_URL`
//! (default `http://127.0.0.1:8080/`). Release builds' scripts and styles are minified by esbuild (the glue,
//! embed.js, the page's inlined styles and classic scripts), and the wasm's imports get short names.
//! Development builds (`trunk serve`) render in the browser instead, unminified.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use explainer::data_pipeline::codegen::texts_json;
    use explainer::embed::codes::iframe_code;
    use explainer::prerender::{event_page, page, pages, Inline};
    use explainer::routing::embed_url;
    use explainer::state::View;
    use explainer::story::STORY;
    use std::path::Path;

    let fail = |message: String| -> ! {
        eprintln!("postbuild: {message}");
        std::process::exit(1)
    };
    let Ok(staging) = std::env::var("TRUNK_STAGING_DIR") else {
        fail("run by Trunk as a post_build hook (TRUNK_STAGING_DIR is not set)".into())
    };
    let staging = Path::new(&staging);
    let mut site = std::env::var("SITE_URL").unwrap_or_else(|_| "http://127.0.0.1:8080/".into());
    if !site.ends_with('/') {
        site.push('/');
    }
    if std::env::var("TRUNK_PROFILE").as_deref() == Ok("release") {
        let index = staging.join("index.html");
        let template =
            std::fs::read_to_string(&index).unwrap_or_else(|e| fail(format!("cannot read {}: {e}", index.display())));
        // Minified: the inlined stylesheets and scripts, and the scripts beside the page (the wasm's glue, the
        // hosts' embed.js). What they say stays in their sources.
        let template = explainer::prerender::minify_inline(&template, |kind, code| match kind {
            Inline::Style => esbuild(&["--loader=css", CSS_TARGETS], Some(code)),
            Inline::Script => esbuild(&["--loader=js", "--target=es2015"], Some(code)),
        })
        .unwrap_or_else(|e| fail(e));
        // The page fetches the glue and the wasm with no integrity check (index.html: `data-integrity="none"`):
        // changed here, after Trunk named them, they would fail one.
        let (mut glue, mut wasm) = (None, None);
        for file in std::fs::read_dir(staging).unwrap_or_else(|e| fail(format!("cannot read the build: {e}"))) {
            let path = file.unwrap_or_else(|e| fail(format!("cannot read the build: {e}"))).path();
            let Some(name) = path.file_name().and_then(|n| n.to_str()) else { continue };
            if name.ends_with(".wasm") {
                wasm = Some(path.clone());
            }
            if !name.ends_with(".js") {
                continue;
            }
            // The glue, which Trunk's start-up module imports, is a module: `import.meta` wants ES2020. The
            // others (embed.js) are classic scripts on hosts' pages, kept to ES2015.
            let is_glue = template.contains(&format!("{name}';"));
            let target = if is_glue { "--target=es2020" } else { "--target=es2015" };
            let file = path.to_string_lossy();
            esbuild(&[&file, target, &format!("--outfile={file}"), "--allow-overwrite"], None)
                .unwrap_or_else(|e| fail(e));
            if is_glue {
                glue = Some(path.clone());
            }
        }
        // The wasm's imports, and the glue's keys for them, renamed short (see `wasm_imports`).
        let (Some(glue), Some(wasm)) = (glue, wasm) else { fail("no wasm, or no glue the page imports".into()) };
        let read =
            |path: &Path| std::fs::read(path).unwrap_or_else(|e| fail(format!("cannot read {}: {e}", path.display())));
        let glue_text = String::from_utf8(read(&glue)).unwrap_or_else(|_| fail("the glue is not UTF-8".into()));
        let (short_wasm, short_glue) = explainer::wasm_imports::shorten_imports(&read(&wasm), &glue_text)
            .unwrap_or_else(|e| fail(format!("{}: {e}", wasm.display())));
        for (path, bytes) in [(&wasm, short_wasm), (&glue, short_glue.into_bytes())] {
            std::fs::write(path, bytes).unwrap_or_else(|e| fail(format!("cannot write {}: {e}", path.display())));
        }
        for at in STORY.languages.all.iter().flat_map(|&lang| pages(&STORY, lang)) {
            let dir = staging.join(at.path());
            std::fs::create_dir_all(&dir).unwrap_or_else(|e| fail(format!("cannot create {}: {e}", dir.display())));
            let html = page(&template, &STORY, at, &site);
            std::fs::write(dir.join("index.html"), html).unwrap_or_else(|e| fail(format!("cannot write a page: {e}")));
        }
        // Each event's own page, to share it by (`en/event/<id>/`).
        for &lang in STORY.languages.all {
            for event in 0..STORY.events.len() {
                let dir = staging.join(explainer::routing::event_page_path(&STORY, lang, event));
                std::fs::create_dir_all(&dir).unwrap_or_else(|e| fail(format!("cannot create {}: {e}", dir.display())));
                std::fs::write(dir.join("index.html"), event_page(&STORY, lang, event, &site))
                    .unwrap_or_else(|e| fail(format!("cannot write an event's page: {e}")));
            }
        }
    }
    let texts = staging.join(explainer::routing::TEXTS_FOLDER);
    std::fs::create_dir_all(&texts).unwrap_or_else(|e| fail(format!("cannot create {}: {e}", texts.display())));
    for &lang in STORY.languages.all {
        let all = STORY.texts.language(lang).unwrap_or_else(|| fail(format!("no texts in {}", lang.code())));
        let path = texts.join(STORY.texts.file_name(lang));
        std::fs::write(&path, texts_json(all))
            .unwrap_or_else(|e| fail(format!("cannot write {}: {e}", path.display())));
    }
    // The story's own images, where its pages link them (`media/…`).
    for image in STORY.events.iter().filter_map(|e| e.media?.image).filter(|i| !i.is_remote()) {
        let (from, to) = (Path::new(explainer::story::STORY_DIR).join(image.src), staging.join(image.src));
        let copied = to.parent().map_or(Ok(()), std::fs::create_dir_all).and_then(|_| std::fs::copy(&from, &to));
        copied.unwrap_or_else(|e| fail(format!("cannot copy {} into the build: {e}", from.display())));
    }
    let (width, height) = (800, 900);
    let lang = STORY.languages.original;
    let title = STORY.article.headline.get(lang);
    let mut oembed = serde_json::json!({
        "version": "1.0",
        "type": "rich",
        "title": title,
        "provider_url": site,
        "html": iframe_code(&embed_url(&site, lang, View::Both, None), title, height, STORY.article.id),
        "width": width,
        "height": height,
    });
    if let Some(outlet) = STORY.article.outlet {
        oembed["provider_name"] = outlet.get(lang).into();
    }
    if let Some(reporter) = STORY.article.reporter {
        oembed["author_name"] = STORY.people[reporter as usize].name.get(lang).into();
    }
    let path = staging.join(explainer::routing::OEMBED_FILE);
    let json = serde_json::to_string_pretty(&oembed).expect("JSON serializes");
    std::fs::write(&path, json).unwrap_or_else(|e| fail(format!("cannot write {}: {e}", path.display())));
}

/// The browsers whose CSS the minifier may write: those with `:has()`, which the static page needs (older
/// than the page's `light-dark()`, which the minifier keeps as it is).
#[cfg(not(target_arch = "wasm32"))]
const CSS_TARGETS: &str = "--target=chrome105,edge105,firefox121,safari15.4";

/// Runs esbuild (the Makefile installs it into `tools/`, on its PATH) to minify `input`, or the file its
/// arguments name; returns what it writes.
#[cfg(not(target_arch = "wasm32"))]
fn esbuild(args: &[&str], input: Option<&str>) -> Result<String, String> {
    use std::io::Write;
    use std::process::{Command, Stdio};
    let mut child = Command::new("esbuild")
        .args(["--minify", "--log-level=warning"])
        .args(args)
        .stdin(if input.is_some() { Stdio::piped() } else { Stdio::null() })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot run esbuild, the release build's minifier (`make tools` installs it): {e}"))?;
    if let (Some(input), Some(mut stdin)) = (input, child.stdin.take()) {
        stdin.write_all(input.as_bytes()).map_err(|e| format!("cannot write to esbuild: {e}"))?;
    }
    let out = child.wait_with_output().map_err(|e| format!("esbuild: {e}"))?;
    // A warning fails the build too: it means output that may not work (`import.meta` emptied for too old a
    // target, CSS it could not read), never something to ship unread.
    let said = String::from_utf8_lossy(&out.stderr);
    if !out.status.success() || !said.trim().is_empty() {
        return Err(format!("esbuild {} ({}): {}", args.join(" "), out.status, said.trim()));
    }
    String::from_utf8(out.stdout).map_err(|_| "esbuild wrote what is not UTF-8".into())
}

#[cfg(target_arch = "wasm32")]
fn main() {}
