//! The story tool (native): bring a story from elsewhere, start one from an article, check one.
//!
//! ```text
//! story import FILE --lang LANG --out DIR [--force]   TimelineJS JSON, or its Sheets template's CSV export
//! story new --article FILE --lang LANG --out DIR [--force]   an article's text, split into cited sentences
//! story check [DIR]                                   what the build checks (default data/)
//! ```
//! Run from the repository root: `cargo run --release --bin story -- import timeline.json --lang en --out my-story`,
//! then `STORY_DATA=my-story make dist`. Exit status 0 on success, 1 on bad input, 2 on a bad command line.

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    use explainer::data_pipeline::import::{import, new_story, Report};
    use explainer::model::Lang;
    use std::path::{Path, PathBuf};

    const USAGE: &str = "usage:\n  story import FILE --lang LANG --out DIR [--force]\n  story new --article FILE --lang LANG --out DIR [--force]\n  story check [DIR]";
    let usage = |problem: &str| -> ! {
        eprintln!("story: {problem}\n{USAGE}");
        std::process::exit(2)
    };
    let args: Vec<String> = std::env::args().skip(1).collect();
    let Some(command) = args.first() else { usage("name a command") };
    let mut positional = Vec::new();
    let (mut lang, mut out, mut article, mut force) = (None, None, None, false);
    let mut rest = args[1..].iter();
    while let Some(arg) = rest.next() {
        let mut value = |name: &str| rest.next().cloned().unwrap_or_else(|| usage(&format!("{name} needs a value")));
        match arg.as_str() {
            "--lang" => lang = Some(value("--lang")),
            "--out" => out = Some(PathBuf::from(value("--out"))),
            "--article" => article = Some(PathBuf::from(value("--article"))),
            "--force" => force = true,
            flag if flag.starts_with("--") => usage(&format!("unknown option {flag}")),
            _ => positional.push(PathBuf::from(arg)),
        }
    }
    let language = |lang: Option<String>| -> Lang {
        let Some(code) = lang else { usage("give the story's language: --lang LANG") };
        Lang::ALL.iter().copied().find(|l| l.code() == code).unwrap_or_else(|| {
            let codes: Vec<&str> = Lang::ALL.iter().map(|l| l.code()).collect();
            usage(&format!("\"{code}\" is not a language the page can be read in: {}", codes.join(", ")))
        })
    };
    let out_dir = |out: Option<PathBuf>| -> PathBuf {
        let Some(out) = out else { usage("give the story's folder: --out DIR") };
        if !force && out.join("article.json").exists() {
            eprintln!("story: {} already holds a story; add --force to write over it", out.display());
            std::process::exit(1);
        }
        out
    };
    let finish = |result: Result<Report, Vec<explainer::data_pipeline::import::ImportError>>,
                  out: &Path,
                  next: String| match result {
        Ok(report) => {
            println!(
                "{}: {} events, {} eras, {} groups, {} images",
                out.display(),
                report.events,
                report.eras,
                report.groups,
                report.images
            );
            if !report.changes.is_empty() {
                println!("changed or dropped ({}):", report.changes.len());
                report.changes.iter().for_each(|c| println!("  {c}"));
            }
            report.notes.iter().for_each(|n| println!("note: {n}"));
            println!("{next}");
        }
        Err(errors) => {
            eprintln!("story: {} error(s); nothing written:", errors.len());
            errors.iter().for_each(|e| eprintln!("  {e}"));
            std::process::exit(1);
        }
    };
    match command.as_str() {
        "import" => {
            let [file] = positional.as_slice() else { usage("import takes one FILE") };
            let (lang, out) = (language(lang), out_dir(out));
            let next = format!("build it: STORY_DATA={} make dist", out.display());
            finish(import(file, lang, &out), &out, next);
        }
        "new" => {
            let Some(file) = article else { usage("new takes --article FILE") };
            let (lang, out) = (language(lang), out_dir(out));
            let next = format!("then: story check {}", out.display());
            finish(new_story(&file, lang, &out), &out, next);
        }
        "check" => {
            let dir = positional.first().cloned().unwrap_or_else(|| PathBuf::from("data"));
            std::process::exit(explainer::data_pipeline::print_check(&dir));
        }
        other => usage(&format!("unknown command \"{other}\"")),
    }
}

#[cfg(target_arch = "wasm32")]
fn main() {}
