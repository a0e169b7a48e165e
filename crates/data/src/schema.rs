//! The JSON Schema of the data files, derived from the `raw` types, and a checker for the part of JSON
//! Schema those types produce (`$ref`, `anyOf`/`oneOf`, `enum`/`const`, `type`, `properties`, `required`,
//! `additionalProperties`, `items`, `minItems`, `minLength`, `minimum`/`maximum`).
//!
//! The checker reports every mismatch with its JSON path, which serde alone cannot: it stops at the first.

use serde_json::{Map, Value};

/// The schema of one file's type, as JSON.
pub fn schema_of<T: schemars::JsonSchema>() -> Value {
    schemars::schema_for!(T).to_value()
}

/// Every place where `value` breaks `schema`, as (JSON path, reason) pairs, in document order.
pub fn check(schema: &Value, value: &Value) -> Vec<(String, String)> {
    let mut problems = Vec::new();
    Checker { root: schema }.check(schema, value, "$", &mut problems);
    problems
}

struct Checker<'a> {
    root: &'a Value,
}

impl<'a> Checker<'a> {
    fn resolve(&self, schema: &'a Value) -> &'a Value {
        match schema.get("$ref").and_then(Value::as_str).and_then(|r| r.strip_prefix("#/$defs/")) {
            Some(name) => self.resolve(&self.root["$defs"][name]),
            None => schema,
        }
    }

    fn check(&self, schema: &'a Value, value: &Value, path: &str, out: &mut Vec<(String, String)>) {
        let schema = self.resolve(schema);
        if let Some(branches) = schema.get("anyOf").or_else(|| schema.get("oneOf")).and_then(Value::as_array) {
            return self.check_branches(branches, value, path, out);
        }
        if let Some(allowed) = allowed_values(schema) {
            if !allowed.contains(value) {
                let list: Vec<String> = allowed.iter().map(Value::to_string).collect();
                out.push((path.into(), format!("expected one of {}, found {}", list.join(", "), describe(value))));
            }
            return;
        }
        if let Some(expected) = schema.get("type") {
            if !type_matches(expected, value) {
                out.push((path.into(), format!("expected {}, found {}", type_names(expected), describe(value))));
                return;
            }
        }
        match value {
            Value::Object(map) => self.check_object(schema, map, path, out),
            Value::Array(items) => self.check_array(schema, items, path, out),
            Value::String(text)
                if schema
                    .get("minLength")
                    .and_then(Value::as_u64)
                    .is_some_and(|min| (text.chars().count() as u64) < min) =>
            {
                out.push((path.into(), "must not be empty".into()));
            }
            Value::Number(number) => {
                let n = number.as_f64().unwrap_or(f64::NAN);
                let min = schema.get("minimum").and_then(Value::as_f64);
                let max = schema.get("maximum").and_then(Value::as_f64).or_else(|| format_maximum(schema));
                if min.is_some_and(|m| n < m) || max.is_some_and(|m| n > m) {
                    let range = format!(
                        "{} to {}",
                        min.map_or("-∞".into(), |m| m.to_string()),
                        max.map_or("∞".into(), |m| m.to_string())
                    );
                    out.push((path.into(), format!("must be from {range}, found {number}")));
                }
            }
            _ => {}
        }
    }

    /// A value must fit one branch; where it fits none, the branch that comes closest explains why.
    fn check_branches(&self, branches: &'a [Value], value: &Value, path: &str, out: &mut Vec<(String, String)>) {
        let mut best: Option<(usize, Vec<(String, String)>)> = None;
        for branch in branches {
            let mut problems = Vec::new();
            self.check(branch, value, path, &mut problems);
            if problems.is_empty() {
                return;
            }
            // A branch of the value's own type explains better than one of another type.
            let score = problems.len() + if is_type_error(&problems, path) { 1000 } else { 0 };
            if best.as_ref().is_none_or(|(best_score, _)| score < *best_score) {
                best = Some((score, problems));
            }
        }
        out.extend(best.map(|(_, problems)| problems).unwrap_or_default());
    }

    fn check_object(&self, schema: &'a Value, map: &Map<String, Value>, path: &str, out: &mut Vec<(String, String)>) {
        let properties = schema.get("properties").and_then(Value::as_object);
        for name in schema.get("required").and_then(Value::as_array).into_iter().flatten().filter_map(Value::as_str) {
            if !map.contains_key(name) {
                out.push((path.into(), format!("missing required field \"{name}\"")));
            }
        }
        for (key, item) in map {
            let child = child_path(path, key);
            match properties.and_then(|p| p.get(key)) {
                Some(property) => self.check(property, item, &child, out),
                None if schema.get("additionalProperties").is_some_and(Value::is_object) => {
                    self.check(&schema["additionalProperties"], item, &child, out)
                }
                None if schema.get("additionalProperties") == Some(&Value::Bool(false)) => {
                    let known: Vec<&str> =
                        properties.map(|p| p.keys().map(String::as_str).collect()).unwrap_or_default();
                    out.push((child, format!("unknown field \"{key}\"; known fields: {}", known.join(", "))));
                }
                None => {}
            }
        }
    }

    fn check_array(&self, schema: &'a Value, items: &[Value], path: &str, out: &mut Vec<(String, String)>) {
        if let Some(min) = schema.get("minItems").and_then(Value::as_u64) {
            if (items.len() as u64) < min {
                out.push((path.into(), format!("must have at least {min} item{}", if min == 1 { "" } else { "s" })));
            }
        }
        if let Some(item_schema) = schema.get("items") {
            for (i, item) in items.iter().enumerate() {
                self.check(item_schema, item, &format!("{path}[{i}]"), out);
            }
        }
    }
}

/// The largest value an integer `format` (`uint8`…`uint64`) allows: schemars states these as a format only.
fn format_maximum(schema: &Value) -> Option<f64> {
    match schema.get("format")?.as_str()? {
        "uint8" => Some(u8::MAX as f64),
        "uint16" => Some(u16::MAX as f64),
        "uint32" => Some(u32::MAX as f64),
        _ => None,
    }
}

fn is_type_error(problems: &[(String, String)], path: &str) -> bool {
    problems.len() == 1 && problems[0].0 == path && problems[0].1.starts_with("expected ")
}

/// The values an `enum` or `const` schema allows.
fn allowed_values(schema: &Value) -> Option<Vec<Value>> {
    if let Some(values) = schema.get("enum").and_then(Value::as_array) {
        return Some(values.clone());
    }
    schema.get("const").map(|c| vec![c.clone()])
}

fn type_matches(expected: &Value, value: &Value) -> bool {
    match expected {
        Value::String(name) => match name.as_str() {
            "object" => value.is_object(),
            "array" => value.is_array(),
            "string" => value.is_string(),
            "boolean" => value.is_boolean(),
            "null" => value.is_null(),
            "integer" => value.is_i64() || value.is_u64(),
            "number" => value.is_number(),
            _ => true,
        },
        Value::Array(names) => names.iter().any(|name| type_matches(name, value)),
        _ => true,
    }
}

fn type_names(expected: &Value) -> String {
    let article = |name: &str| match name {
        "object" | "array" | "integer" => format!("an {name}"),
        "null" => "null".into(),
        _ => format!("a {name}"),
    };
    match expected {
        Value::String(name) => article(name),
        Value::Array(names) => names.iter().filter_map(Value::as_str).map(article).collect::<Vec<_>>().join(" or "),
        _ => "a value".into(),
    }
}

fn describe(value: &Value) -> String {
    match value {
        Value::Null => "null".into(),
        Value::Bool(b) => format!("{b}"),
        Value::Number(n) => format!("the number {n}"),
        Value::String(s) if s.chars().count() > 40 => {
            format!("a string \"{}…\"", s.chars().take(40).collect::<String>())
        }
        Value::String(s) => format!("\"{s}\""),
        Value::Array(_) => "an array".into(),
        Value::Object(_) => "an object".into(),
    }
}

fn child_path(path: &str, key: &str) -> String {
    let plain = !key.is_empty()
        && key.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
        && !key.starts_with(|c: char| c.is_ascii_digit());
    if plain {
        format!("{path}.{key}")
    } else {
        format!("{path}[{}]", Value::String(key.into()))
    }
}

/// The schema file of each data file, as committed in `data/schema/`: (file name, pretty JSON).
pub fn schema_files() -> [(String, String); 3] {
    use super::raw::{RawArticle, RawEntities, RawEvents};
    let pretty = |value: Value| serde_json::to_string_pretty(&value).expect("a schema serializes") + "\n";
    let names = super::FILES.map(|file| file.replace(".json", ".schema.json"));
    let [article, entities, events] = names;
    [
        (article, pretty(schema_of::<RawArticle>())),
        (entities, pretty(schema_of::<RawEntities>())),
        (events, pretty(schema_of::<RawEvents>())),
    ]
}
