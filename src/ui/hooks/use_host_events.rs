//! Tells the host page what happens in the check: started, progress, completed.

use yew::prelude::*;

use crate::i18n::{whole, Lang};
use crate::model::score;
use crate::platform::host_messages::HostEvent;
use crate::ui::components::share_section::share_links;
use crate::ui::state::State;

/// Emits a host event whenever a run starts, moves to another question or reaches its result.
#[hook]
pub fn use_host_events(state: &UseReducerHandle<State>, lang: Lang, onhost: Callback<HostEvent>) {
    let step = state
        .session
        .as_ref()
        .map(|s| (state.runs, s.variant, s.index, s.finished));
    let previous = use_mut_ref(|| None);
    let state = state.clone();
    use_effect_with(step, move |step| {
        let before = previous.replace(*step);
        let (Some((runs, variant, index, finished)), Some(run)) = (*step, state.session.as_ref())
        else {
            return;
        };
        let q = &state.questionnaire;
        let total = q.variant_items(variant).len();
        if before.is_none_or(|(r, ..)| r != runs) {
            onhost.emit(HostEvent::Started {
                variant: variant.as_str(),
                total,
            });
        }
        if finished {
            let s = score(q, variant, &run.answers);
            let stage = q.stages.get(s.stage);
            onhost.emit(HostEvent::Completed {
                variant: variant.as_str(),
                stage: s.stage + 1,
                stage_id: stage.map(|st| st.id.clone()).unwrap_or_default(),
                stage_name: stage
                    .map(|st| q.tr_plain(&st.name, lang.code()))
                    .unwrap_or_default(),
                position: whole(s.position),
                dimensions: q
                    .dimensions
                    .iter()
                    .zip(&s.dimensions)
                    .filter_map(|(d, v)| Some((d.id.clone(), whole((*v)?))))
                    .collect(),
                share_link: share_links(q, variant, &run.answers).0,
            });
        } else {
            onhost.emit(HostEvent::Progress {
                n: index + 1,
                total,
            });
        }
    });
}
