//! The camera scanner of the workshop view (issue 18): reads participants' QR codes
//! continuously, five frames a second, and hands each newly seen text on; the reader (rqrr)
//! is only in the second page's wasm.

use std::cell::RefCell;
use std::rc::Rc;

use gloo_timers::callback::Interval;
use yew::prelude::*;

use crate::i18n::workshop_phrases::{ws, Ws};
use crate::i18n::Lang;
use crate::model::read_qr;
use crate::platform::camera::{self, CameraError};

const VIDEO_ID: &str = "scanner-video";
/// Time between two frames read, in ms (five a second).
const FRAME_MS: u32 = 200;

/// Props of [`Scanner`].
#[derive(Properties, PartialEq)]
pub struct ScannerProps {
    /// UI language.
    pub lang: Lang,
    /// Called with the text of each QR code seen, once while it stays in view.
    pub onscan: Callback<String>,
}

/// What the camera is doing.
#[derive(Clone, Copy, PartialEq)]
enum Camera {
    Off,
    Starting,
    On,
    Failed(CameraError),
}

/// A start/stop button, the camera's picture while on, and what went wrong.
#[component]
pub fn Scanner(props: &ScannerProps) -> Html {
    let lang = props.lang;
    let state = use_state(|| Camera::Off);
    // The running camera and its frame timer; dropped (stopped) with the view.
    let running = use_mut_ref(|| None::<(web_sys::MediaStream, Interval)>);
    // Whether the camera is still wanted: "Kamera beenden" or leaving the view while it is
    // starting must not let it come on afterwards.
    let wanted = use_mut_ref(|| false);
    {
        let (running, wanted) = (running.clone(), wanted.clone());
        use_effect_with((), move |_| {
            move || {
                *wanted.borrow_mut() = false;
                if let Some((stream, _)) = running.borrow_mut().take() {
                    camera::stop(&stream);
                }
            }
        });
    }
    let onstart = {
        let (state, running, onscan) = (state.clone(), running.clone(), props.onscan.clone());
        let wanted = wanted.clone();
        Callback::from(move |_| {
            state.set(Camera::Starting);
            *wanted.borrow_mut() = true;
            let (state, running, onscan) = (state.clone(), running.clone(), onscan.clone());
            let wanted = wanted.clone();
            wasm_bindgen_futures::spawn_local(async move {
                match camera::start(VIDEO_ID).await {
                    Ok(stream) if !*wanted.borrow() => camera::stop(&stream),
                    Ok(stream) => {
                        let last: Rc<RefCell<Vec<String>>> = Rc::default();
                        let timer = Interval::new(FRAME_MS, move || {
                            let Some((w, h, luma)) = camera::frame(VIDEO_ID) else {
                                return;
                            };
                            let seen = read_qr(w, h, &luma);
                            for text in &seen {
                                if !last.borrow().contains(text) {
                                    onscan.emit(text.clone());
                                }
                            }
                            // A code held up stays in view for many frames: told once, until it
                            // has left the picture.
                            if !seen.is_empty() {
                                *last.borrow_mut() = seen;
                            }
                        });
                        *running.borrow_mut() = Some((stream, timer));
                        state.set(Camera::On);
                    }
                    Err(e) => state.set(Camera::Failed(e)),
                }
            });
        })
    };
    let onstop = {
        let (state, running, wanted) = (state.clone(), running.clone(), wanted.clone());
        Callback::from(move |_| {
            *wanted.borrow_mut() = false;
            if let Some((stream, _)) = running.borrow_mut().take() {
                camera::stop(&stream);
            }
            state.set(Camera::Off);
        })
    };
    let on = matches!(*state, Camera::On | Camera::Starting);
    let problem = match *state {
        Camera::Failed(CameraError::Denied) => Some(Ws::CameraDenied),
        Camera::Failed(CameraError::Absent) => Some(Ws::CameraAbsent),
        Camera::Failed(CameraError::InUse) => Some(Ws::CameraInUse),
        Camera::Failed(CameraError::Unsupported) => Some(Ws::CameraUnsupported),
        _ => None,
    };
    html! {
        <div class="scanner no-print">
            if on {
                <button type="button" class="button" onclick={onstop}>{ ws(lang, Ws::StopCamera) }</button>
                <p>{ ws(lang, Ws::CameraHint) }</p>
            } else {
                <button type="button" class="button primary" onclick={onstart}>{ ws(lang, Ws::StartCamera) }</button>
            }
            <video id={VIDEO_ID} class={classes!("scanner-video", (!on).then_some("hidden"))} muted=true playsinline=true aria-hidden="true" />
            if let Some(p) = problem {
                <p class="camera-problem" role="alert">{ ws(lang, p) }</p>
            }
        </div>
    }
}
