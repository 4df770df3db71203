//! The camera scanner of the workshop view (issue 18): reads participants' QR codes
//! continuously, five frames a second, and hands each newly seen text on. The reading is done
//! by a worker started with the view (src/platform/qr_reader.rs); a reader that dies reading
//! is replaced at once and the camera reads on.

use std::cell::RefCell;
use std::rc::Rc;

use gloo_timers::callback::Interval;
use yew::prelude::*;

use crate::i18n::workshop_phrases::{ws, Ws};
use crate::i18n::Lang;
use crate::platform::camera::{self, CameraError};
use crate::platform::qr_reader::{QrReader, ReaderEvent};

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
    /// The camera ran, but the reader's worker did not load.
    NoReader,
}

/// The running reader, if any, and where its news goes.
#[derive(Clone, Default)]
struct Reading {
    reader: Rc<RefCell<Option<QrReader>>>,
    /// The texts of the last frame that had any: a code held up stays in view for many frames
    /// and is told once, until it has left the picture.
    last: Rc<RefCell<Vec<String>>>,
    /// The newest `onscan` (props change with every render of the view).
    onscan: Rc<RefCell<Callback<String>>>,
    /// Called when a reader never loaded.
    onmissing: Rc<RefCell<Callback<()>>>,
}

impl Reading {
    /// Starts a reader. One that dies reading is replaced; one that never loaded leaves none
    /// and calls `onmissing`.
    fn start(&self) {
        let this = self.clone();
        let reader = QrReader::spawn(move |event| match event {
            ReaderEvent::Ready => {}
            ReaderEvent::Read(seen) => {
                for text in &seen {
                    if !this.last.borrow().contains(text) {
                        this.onscan.borrow().emit(text.clone());
                    }
                }
                if !seen.is_empty() {
                    *this.last.borrow_mut() = seen;
                }
            }
            ReaderEvent::Died { was_ready } => {
                let this = this.clone();
                // After this listener has returned: it belongs to the reader dropped here.
                wasm_bindgen_futures::spawn_local(async move {
                    this.reader.borrow_mut().take();
                    if was_ready {
                        this.start();
                    } else {
                        this.onmissing.borrow().emit(());
                    }
                });
            }
        });
        *self.reader.borrow_mut() = reader;
    }

    /// Hands the camera's current frame to the reader, if it is ready for one.
    fn read_frame(&self) {
        if let Some(reader) = self.reader.borrow().as_ref().filter(|r| r.idle()) {
            if let Some(frame) = camera::frame(VIDEO_ID) {
                reader.read(&frame);
            }
        }
    }
}

/// A start/stop button, the camera's picture while on, and what went wrong.
#[component]
pub fn Scanner(props: &ScannerProps) -> Html {
    let lang = props.lang;
    let state = use_state(|| Camera::Off);
    // The running camera and its frame timer; dropped (stopped) with the view.
    let running = use_mut_ref(|| None::<(web_sys::MediaStream, Interval)>);
    // How many starts there were, and whether the last is still wanted: "Kamera beenden",
    // leaving the view or a later start while one is starting must not let an earlier start's
    // camera come on afterwards.
    let wanted = use_mut_ref(|| (0u32, false));
    let reading = use_memo((), |_| Reading::default());
    *reading.onscan.borrow_mut() = props.onscan.clone();
    let stop = {
        let (running, wanted) = (running.clone(), wanted.clone());
        move || {
            wanted.borrow_mut().1 = false;
            if let Some((stream, _)) = running.borrow_mut().take() {
                camera::stop(&stream);
            }
        }
    };
    *reading.onmissing.borrow_mut() = {
        let (state, wanted, stop) = (state.clone(), wanted.clone(), stop.clone());
        Callback::from(move |()| {
            if wanted.borrow().1 {
                stop();
                state.set(Camera::NoReader);
            }
        })
    };
    {
        // The reader loads with the view, so it is there when the camera starts (and kept for
        // offline use by the service worker), and ends with it.
        let (reading, stop) = (reading.clone(), stop.clone());
        use_effect_with((), move |_| {
            reading.start();
            move || {
                stop();
                reading.reader.borrow_mut().take();
            }
        });
    }
    let onstart = {
        let (state, running, reading) = (state.clone(), running.clone(), reading.clone());
        let wanted = wanted.clone();
        Callback::from(move |_| {
            state.set(Camera::Starting);
            let attempt = wanted.borrow().0.wrapping_add(1);
            *wanted.borrow_mut() = (attempt, true);
            if reading.reader.borrow().is_none() {
                reading.start();
            }
            let (state, running, reading) = (state.clone(), running.clone(), reading.clone());
            let wanted = wanted.clone();
            wasm_bindgen_futures::spawn_local(async move {
                match camera::start(VIDEO_ID).await {
                    Ok(stream) if *wanted.borrow() != (attempt, true) => camera::stop(&stream),
                    Ok(stream) => {
                        let timer = Interval::new(FRAME_MS, move || reading.read_frame());
                        if let Some((old, _)) = running.borrow_mut().replace((stream, timer)) {
                            camera::stop(&old);
                        }
                        state.set(Camera::On);
                    }
                    Err(_) if *wanted.borrow() != (attempt, true) => {}
                    Err(e) => state.set(Camera::Failed(e)),
                }
            });
        })
    };
    let onstop = {
        let state = state.clone();
        Callback::from(move |_| {
            stop();
            state.set(Camera::Off);
        })
    };
    let on = matches!(*state, Camera::On | Camera::Starting);
    let problem = match *state {
        Camera::Failed(CameraError::Denied) => Some(Ws::CameraDenied),
        Camera::Failed(CameraError::Absent) => Some(Ws::CameraAbsent),
        Camera::Failed(CameraError::InUse) => Some(Ws::CameraInUse),
        Camera::Failed(CameraError::Unsupported) => Some(Ws::CameraUnsupported),
        Camera::NoReader => Some(Ws::ReaderMissing),
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
