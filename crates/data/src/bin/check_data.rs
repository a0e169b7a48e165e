//! Checks a story's data folder (default `data/`) and prints every error with file and JSON path, or what
//! the page will leave out of a valid story (no article, no org chart…). Usage: `check-data [DIR]`. Exit
//! status 0 when the data is valid, 1 when it is not. (`story check` is the same.)

fn main() {
    let dir = std::env::args().nth(1).unwrap_or_else(|| "data".into());
    std::process::exit(explainer_data::print_check(std::path::Path::new(&dir)));
}
