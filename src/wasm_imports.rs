//! Short import names for the release build's wasm and its glue (native only; see `bin/postbuild.rs`).
//!
//! wasm-bindgen names each function the glue gives the wasm after the function and a hash
//! (`__wbg_appendChild_dbf7ad2f48413560`), written twice: in the wasm's import section and as a key of
//! the glue's import object. The hashes do not compress: for this app's 150 imports they were 3.0 KB of
//! the gzipped wasm and 1.9 KB of the gzipped glue. [`shorten_imports`] renames each import, in both, to a
//! name of one or two letters. Nothing else in either file changes.

use std::collections::hash_map::{Entry, HashMap};
use wasm_encoder::{EntityType, ImportSection, Module, RawSection};
use wasmparser::{Parser, Payload};

/// The wasm and its glue with every import renamed to a short name (`a`, `b`, … `Z`, `aa`, `ba`…), in the
/// order of the wasm's imports. Fails, changing nothing, when an import's name is not a key that occurs
/// exactly once in the glue (another glue than wasm-bindgen's, or another shape of it): the two files
/// must keep naming each import alike.
pub fn shorten_imports(wasm: &[u8], glue: &str) -> Result<(Vec<u8>, String), String> {
    let mut module = Module::new();
    let mut out = glue.to_owned();
    // Each import's short name, in the order of the wasm's imports; an import named twice keeps one, and
    // its key in the glue is renamed once.
    let mut short: HashMap<(&str, &str), String> = HashMap::new();
    for payload in Parser::new(0).parse_all(wasm) {
        let payload = payload.map_err(|e| format!("cannot read the wasm: {e}"))?;
        if let Payload::ImportSection(reader) = &payload {
            let mut section = ImportSection::new();
            for import in reader.clone().into_imports() {
                let import = import.map_err(|e| format!("cannot read the wasm's imports: {e}"))?;
                let next = short_name(short.len());
                let name = match short.entry((import.module, import.name)) {
                    Entry::Occupied(seen) => seen.into_mut(),
                    Entry::Vacant(new) => {
                        out = rename_key(&out, import.name, &next)?;
                        new.insert(next)
                    }
                };
                let ty = EntityType::try_from(import.ty).map_err(|e| format!("import {}: {e}", import.name))?;
                section.import(import.module, name, ty);
            }
            module.section(&section);
        } else if let Some((id, range)) = payload.as_section() {
            module.section(&RawSection { id, data: &wasm[range] });
        }
    }
    Ok((module.finish(), out))
}

/// The `n`-th short name: a letter, then as many letters or digits as it takes (`a` … `Z`, `aa`, `ba` …).
fn short_name(mut n: usize) -> String {
    const FIRST: &[u8] = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    const REST: &[u8] = b"abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    let mut name = String::from(FIRST[n % FIRST.len()] as char);
    n /= FIRST.len();
    while n > 0 {
        n -= 1;
        name.push(REST[n % REST.len()] as char);
        n /= REST.len();
    }
    name
}

/// `glue` with the object key `long` (the one place it occurs as a name, followed by `:`) renamed `short`.
fn rename_key(glue: &str, long: &str, short: &str) -> Result<String, String> {
    let is_name = |c: char| c.is_ascii_alphanumeric() || c == '_' || c == '$';
    let at: Vec<usize> = glue
        .match_indices(long)
        .map(|(at, _)| at)
        .filter(|&at| !glue[..at].ends_with(is_name) && !glue[at + long.len()..].starts_with(is_name))
        .collect();
    match at[..] {
        [at] if glue[at + long.len()..].trim_start().starts_with(':') => {
            Ok(format!("{}{short}{}", &glue[..at], &glue[at + long.len()..]))
        }
        _ => Err(format!("the glue names the wasm's import {long} {} times, not once as a key", at.len())),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    // A wasm function body (named apart from JS's `Function`, a sink `tests/fuzz.rs` looks for).
    use wasm_encoder::Function as Body;
    use wasm_encoder::{CodeSection, ExportKind, ExportSection, FunctionSection, Instruction, TypeSection};

    /// A module importing `names` (functions of no arguments) from "./app_bg.js", with one function of its
    /// own that calls the last of them, exported as `main`.
    fn module(names: &[&str]) -> Vec<u8> {
        let mut types = TypeSection::new();
        types.ty().function([], []);
        let mut imports = ImportSection::new();
        for name in names {
            imports.import("./app_bg.js", name, EntityType::Function(0));
        }
        let mut functions = FunctionSection::new();
        functions.function(0);
        let mut exports = ExportSection::new();
        exports.export("main", ExportKind::Func, names.len() as u32);
        let mut body = Body::new([]);
        body.instruction(&Instruction::Call(names.len() as u32 - 1)).instruction(&Instruction::End);
        let mut code = CodeSection::new();
        code.function(&body);
        let mut module = Module::new();
        module.section(&types).section(&imports).section(&functions).section(&exports).section(&code);
        module.finish()
    }

    fn imports(wasm: &[u8]) -> Vec<(String, String)> {
        let mut out = Vec::new();
        for payload in Parser::new(0).parse_all(wasm) {
            if let Payload::ImportSection(reader) = payload.unwrap() {
                out.extend(reader.into_imports().map(|i| i.unwrap()).map(|i| (i.module.into(), i.name.into())));
            }
        }
        out
    }

    #[test]
    fn renames_each_import_alike_in_the_wasm_and_the_glue() {
        let wasm = module(&["__wbg_after_d06eb2ac", "__wbg_altKey_423da1d6"]);
        let glue = "const x={__proto__:null,__wbg_after_d06eb2ac:function(e,t){e.after(t)},\
                    __wbg_altKey_423da1d6 : function(e){return e.altKey}};";
        let (short, out) = shorten_imports(&wasm, glue).unwrap();
        assert_eq!(imports(&short), [("./app_bg.js".into(), "a".into()), ("./app_bg.js".into(), "b".into())]);
        assert_eq!(out, "const x={__proto__:null,a:function(e,t){e.after(t)},b : function(e){return e.altKey}};");
        // The rest of the module is as it was: it still validates, and still has its function and export.
        wasmparser::Validator::new().validate_all(&short).unwrap();
        assert_eq!(wasm.len() - short.len(), "__wbg_after_d06eb2ac".len() + "__wbg_altKey_423da1d6".len() - 2);
    }

    #[test]
    fn fails_when_the_glue_does_not_name_an_import_once_as_a_key() {
        let wasm = module(&["__wbg_after_d06eb2ac"]);
        for glue in ["{}", "{__wbg_after_d06eb2ac:1,__wbg_after_d06eb2ac:2}", "f(__wbg_after_d06eb2ac)"] {
            assert!(shorten_imports(&wasm, glue).unwrap_err().contains("__wbg_after_d06eb2ac"), "{glue}");
        }
        // A longer name that contains it is another name.
        let glue = "{__wbg_after_d06eb2ac_x:1,__wbg_after_d06eb2ac:2}";
        assert_eq!(shorten_imports(&wasm, glue).unwrap().1, "{__wbg_after_d06eb2ac_x:1,a:2}");
        assert!(shorten_imports(b"not wasm", "").unwrap_err().starts_with("cannot read the wasm"));
    }

    #[test]
    fn short_names_are_unique_and_short() {
        let names: Vec<String> = (0..52 + 62 * 52 + 5).map(short_name).collect();
        assert_eq!(names[..3], ["a", "b", "c"]);
        assert_eq!(names[51], "Z");
        assert_eq!(names[52], "aa");
        assert!(names[..52 + 62 * 52].iter().all(|n| n.len() <= 2));
        assert_eq!(names.iter().collect::<std::collections::HashSet<_>>().len(), names.len());
        assert!(names.iter().all(|n| n.starts_with(|c: char| c.is_ascii_alphabetic())));
    }
}
