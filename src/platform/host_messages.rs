//! The messages between the widget and a host page: the events it posts and the commands it
//! takes, as plain JS objects typed `seller-check:v1:<name>` (docs/embedding.md).

use js_sys::{Object, Reflect};
use wasm_bindgen::JsValue;

use crate::i18n::Lang;

/// Prefix of every message type; the version lets hosts and widget evolve apart.
pub const PREFIX: &str = "seller-check:v1:";

/// Something the host may want to know.
#[derive(Clone, PartialEq, Debug)]
pub enum HostEvent {
    /// The app is mounted.
    Ready {
        /// UI language code.
        lang: &'static str,
        /// Configured variant, if any.
        variant: Option<&'static str>,
    },
    /// A check started.
    Started {
        /// `quick` or `full`.
        variant: &'static str,
        /// Number of questions.
        total: usize,
    },
    /// A question is shown.
    Progress {
        /// 1-based number of the question.
        n: usize,
        /// Number of questions.
        total: usize,
    },
    /// The result is shown.
    Completed {
        /// `quick` or `full`.
        variant: &'static str,
        /// 1-based stage.
        stage: usize,
        /// Stage id from the questionnaire.
        stage_id: String,
        /// Stage name in the UI language.
        stage_name: String,
        /// Position 0..=100.
        position: i64,
        /// Dimension id and score 0..=100.
        dimensions: Vec<(String, i64)>,
        /// Link to the read-only result.
        share_link: String,
    },
}

/// A command from the host.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum HostCommand {
    /// Switch the UI language.
    SetLang(Lang),
    /// Back to the start.
    Restart,
}

pub(super) fn obj(pairs: &[(&str, JsValue)]) -> Object {
    let o = Object::new();
    for (k, v) in pairs {
        let _ = Reflect::set(&o, &JsValue::from_str(k), v);
    }
    o
}

pub(super) fn message(event: &HostEvent) -> Object {
    let s = |v: &str| JsValue::from_str(v);
    let n = |v: usize| JsValue::from_f64(v as f64);
    let (name, mut fields): (&str, Vec<(&str, JsValue)>) = match event {
        HostEvent::Ready { lang, variant } => (
            "ready",
            vec![
                ("lang", s(lang)),
                ("variant", variant.map(s).unwrap_or(JsValue::NULL)),
            ],
        ),
        HostEvent::Started { variant, total } => (
            "started",
            vec![("variant", s(variant)), ("total", n(*total))],
        ),
        HostEvent::Progress { n: i, total } => {
            ("progress", vec![("n", n(*i)), ("total", n(*total))])
        }
        HostEvent::Completed {
            variant,
            stage,
            stage_id,
            stage_name,
            position,
            dimensions,
            share_link,
        } => {
            let dims = obj(&dimensions
                .iter()
                .map(|(k, v)| (k.as_str(), JsValue::from_f64(*v as f64)))
                .collect::<Vec<_>>());
            (
                "completed",
                vec![
                    ("variant", s(variant)),
                    ("stage", n(*stage)),
                    ("stageId", s(stage_id)),
                    ("stageName", s(stage_name)),
                    ("position", JsValue::from_f64(*position as f64)),
                    ("dimensions", dims.into()),
                    ("shareLink", s(share_link)),
                ],
            )
        }
    };
    let ty = format!("{PREFIX}{name}");
    fields.insert(0, ("type", s(&ty)));
    obj(&fields)
}

/// The command a message from the host names, if it is one this version knows.
pub(super) fn command(data: &JsValue) -> Option<HostCommand> {
    let ty = Reflect::get(data, &JsValue::from_str("type"))
        .ok()?
        .as_string()?;
    match ty.strip_prefix(PREFIX)? {
        "set-lang" => {
            let lang = Reflect::get(data, &JsValue::from_str("lang"))
                .ok()?
                .as_string()?;
            Lang::from_code(&lang).map(HostCommand::SetLang)
        }
        "restart" => Some(HostCommand::Restart),
        _ => None,
    }
}
