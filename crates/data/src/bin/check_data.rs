//! Checks a story's data folder (default `data/`) and prints every error with file and JSON path.
//! Usage: `check-data [DIR]`. Exit status 0 when the data is valid, 1 when it is not.

fn main() {
    let dir = std::env::args().nth(1).unwrap_or_else(|| "data".into());
    match explainer_data::build_from_dir(std::path::Path::new(&dir), false) {
        Ok(_) => println!("{dir}: the story data is valid"),
        Err(errors) => {
            eprintln!("{dir}: {} error(s) in the story data:", errors.len());
            for error in errors {
                eprintln!("  {error}");
            }
            std::process::exit(1);
        }
    }
}
