//! The house plan, checked: capabilities talk through service surfaces, `error` depends on no
//! capability, and files, functions and server functions stay small.
//!
//! The sources are read as text: each rule is simple enough that a scan is exact for how this
//! code base is written, and a failure names the file and line to look at.

use std::fs;
use std::path::{Path, PathBuf};

const MAX_FILE_LINES: usize = 350;
const MAX_ARGS: usize = 6;
const MAX_SERVER_FN_LINES: usize = 40;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().unwrap().to_path_buf()
}

/// Every `.rs` file below `dir`.
fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            files.push(path);
        }
    }
    files.sort();
    files
}

fn sources() -> Vec<(String, String)> {
    let root = root();
    ["app/src", "server/src"]
        .iter()
        .flat_map(|dir| rust_files(&root.join(dir)))
        .map(|path| {
            let text = fs::read_to_string(&path).unwrap();
            (path.strip_prefix(&root).unwrap().display().to_string(), text)
        })
        .collect()
}

/// The capabilities: folders of `app/src` with server functions (`api.rs` or `api/`).
fn capabilities() -> Vec<String> {
    let src = root().join("app/src");
    let mut caps: Vec<String> = fs::read_dir(&src)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.join("api.rs").exists() || p.join("api").is_dir())
        .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
        .collect();
    caps.sort();
    caps
}

/// The capability a file of `app/src` belongs to, if any.
fn capability_of<'a>(file: &str, caps: &'a [String]) -> Option<&'a String> {
    let rest = file.strip_prefix("app/src/")?;
    let first = rest.split('/').next()?;
    caps.iter().find(|c| c.as_str() == first)
}

/// Lines without `//` comments, numbered from 1.
fn code_lines(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.lines().enumerate().map(|(i, l)| (i + 1, l.split("//").next().unwrap_or(""))).filter(|(_, l)| !l.trim().is_empty())
}

/// `crate::<other>::api` / `::store`, also inside a `use crate::other::{api, …}` group.
fn reaches_into(line: &str, other: &str) -> bool {
    let direct = [format!("crate::{other}::api"), format!("crate::{other}::store")];
    if direct.iter().any(|d| line.contains(d.as_str())) {
        return true;
    }
    let group = format!("crate::{other}::{{");
    line.find(&group).is_some_and(|at| {
        let inside = line[at + group.len()..].split('}').next().unwrap_or("");
        inside.split([',', ' ']).any(|part| part.split("::").next() == Some("api") || part.split("::").next() == Some("store"))
    })
}

#[test]
fn capabilities_talk_only_through_service_surfaces() {
    let caps = capabilities();
    assert!(caps.len() >= 10, "found the capabilities: {caps:?}");
    let mut found = Vec::new();
    for (file, text) in sources() {
        let Some(own) = capability_of(&file, &caps) else { continue };
        for (n, line) in code_lines(&text) {
            for other in caps.iter().filter(|c| *c != own) {
                if reaches_into(line, other) {
                    found.push(format!("{file}:{n}: {own} reaches into {other}: {}", line.trim()));
                }
            }
        }
    }
    assert!(found.is_empty(), "use `crate::<capability>::service` instead:\n{}", found.join("\n"));
}

#[test]
fn error_depends_on_no_capability() {
    let caps = capabilities();
    let mut found = Vec::new();
    for (file, text) in sources().into_iter().filter(|(f, _)| f.starts_with("app/src/error")) {
        for (n, line) in code_lines(&text) {
            if let Some(cap) = caps.iter().find(|c| line.contains(&format!("crate::{c}::"))) {
                found.push(format!("{file}:{n}: uses {cap}"));
            }
        }
    }
    assert!(found.is_empty(), "error must not depend on a capability:\n{}", found.join("\n"));
}

#[test]
fn no_source_file_is_too_long() {
    let long: Vec<String> = sources()
        .into_iter()
        .map(|(file, text)| (file, text.lines().count()))
        .filter(|(_, n)| *n > MAX_FILE_LINES)
        .map(|(file, n)| format!("{file}: {n} lines"))
        .collect();
    assert!(long.is_empty(), "files over {MAX_FILE_LINES} lines:\n{}", long.join("\n"));
}

/// A function found in the text: its name, line, attributes right above it, argument count
/// and the number of lines of its body.
struct Function {
    name: String,
    line: usize,
    attributes: String,
    args: usize,
    body_lines: usize,
}

/// The arguments between the parentheses that open at `open`, counted at depth one.
fn count_args(text: &str, open: usize) -> (usize, usize) {
    let bytes = text.as_bytes();
    let (mut depth, mut args, mut any) = (0i32, 0usize, false);
    let mut i = open;
    while i < bytes.len() {
        let c = bytes[i] as char;
        match c {
            '(' | '[' | '<' | '{' => depth += 1,
            '>' if i > 0 && bytes[i - 1] == b'-' => {}
            ')' | ']' | '>' | '}' => {
                depth -= 1;
                if depth == 0 {
                    return (if any { args + 1 } else { 0 }, i);
                }
            }
            ',' if depth == 1 => {
                // A trailing comma before `)` does not start another argument.
                let rest = text[i + 1..].trim_start();
                if !rest.starts_with(')') {
                    args += 1;
                }
            }
            c if depth >= 1 && !c.is_whitespace() => any = true,
            _ => {}
        }
        i += 1;
    }
    (0, i)
}

fn functions(text: &str) -> Vec<Function> {
    let mut out = Vec::new();
    let mut search = 0;
    while let Some(found) = text[search..].find("fn ") {
        let at = search + found;
        search = at + 3;
        let before = &text[..at];
        let line_start = before.rfind('\n').map_or(0, |p| p + 1);
        let prefix = before[line_start..].trim();
        let is_item = prefix.split_whitespace().all(|w| matches!(w, "pub" | "pub(crate)" | "pub(super)" | "async" | "const" | "unsafe"));
        if !is_item || text[..line_start].ends_with("//") {
            continue;
        }
        let name: String = text[at + 3..].chars().take_while(|c| c.is_alphanumeric() || *c == '_').collect();
        let Some(paren) = text[at..].find('(').map(|p| at + p) else { continue };
        if text[at + 3 + name.len()..paren].contains(['{', ';']) {
            continue;
        }
        let (args, close) = count_args(text, paren);
        let body_lines = match text[close..].find(['{', ';']) {
            Some(p) if text.as_bytes()[close + p] == b'{' => {
                let (_, end) = count_args(text, close + p);
                text.get(close + p..=end).map_or(0, |body| body.lines().count().saturating_sub(2))
            }
            _ => 0,
        };
        // The attributes: the lines right above that start with `#[` (or continue one).
        let mut attributes = String::new();
        for l in text[..line_start].lines().rev() {
            let l = l.trim();
            if l.starts_with("///") || l.is_empty() {
                continue;
            }
            if l.starts_with("#[") || l.ends_with(")]") || l.ends_with(',') {
                attributes.push_str(l);
                continue;
            }
            break;
        }
        out.push(Function { name, line: text[..at].matches('\n').count() + 1, attributes, args, body_lines });
    }
    out
}

#[test]
fn functions_take_few_arguments_and_server_functions_stay_thin() {
    let (mut found, mut server_fns) = (Vec::new(), 0);
    for (file, text) in sources() {
        for f in functions(&text) {
            let server = f.attributes.contains("#[server");
            server_fns += usize::from(server);
            // Props of a view component and the form fields of a server function are named
            // fields, not positional arguments.
            let named = server || f.attributes.contains("#[component") || f.attributes.contains("#[island");
            if !named && f.args > MAX_ARGS {
                found.push(format!("{file}:{}: fn {} takes {} arguments", f.line, f.name, f.args));
            }
            if server && f.body_lines > MAX_SERVER_FN_LINES {
                found.push(format!("{file}:{}: server fn {} is {} lines", f.line, f.name, f.body_lines));
            }
        }
    }
    assert!(server_fns > 50, "the scan finds the server functions ({server_fns})");
    assert!(found.is_empty(), "at most {MAX_ARGS} arguments, server functions at most {MAX_SERVER_FN_LINES} lines:\n{}", found.join("\n"));
}

#[test]
fn the_scanner_sees_what_it_should() {
    let text = "/// Doc\n#[server(prefix = \"/api\", endpoint = \"x\")]\npub async fn x(a: i64, b: Vec<(i64, String)>, c: impl Fn(i64) -> i64,) -> Result<(), E> {\n    one();\n    two();\n}\nfn y() {}\n";
    let fs = functions(text);
    assert_eq!(fs.len(), 2);
    assert_eq!((fs[0].name.as_str(), fs[0].args, fs[0].body_lines, fs[0].line), ("x", 3, 2, 3));
    assert!(fs[0].attributes.contains("#[server"));
    assert_eq!((fs[1].name.as_str(), fs[1].args), ("y", 0));
    assert!(reaches_into("use crate::rooms::{model::Room, store};", "rooms"));
    assert!(reaches_into("crate::rooms::api::get_rooms()", "rooms"));
    assert!(!reaches_into("use crate::rooms::{model::Room, service};", "rooms"));
}

