//! The studio's views: Yew function components and plain view functions, one per file.

pub mod dimension_editor;
pub mod fields;
pub mod item_editor;
pub mod map_field;
pub mod open_screen;
pub mod personas_panel;
pub mod preview;
pub mod problems;
pub mod sections;
pub mod stage_editor;
pub mod state;
pub mod studio_app;

/// Key of the draft kept in the browser (the file's text as it would be downloaded).
pub const DRAFT_KEY: &str = "seller-check.studio-draft";
/// Key of the kept draft's file name.
pub const DRAFT_NAME_KEY: &str = "seller-check.studio-draft-name";

/// The built-in questionnaire as its authors wrote it, rationales and all (the app's copy in
/// `dist/` leaves the rationales out).
pub const BUILT_IN: &str = include_str!("../../../content/default.json");

/// The studio page's start: the panic screen, then the studio in `#app`.
pub fn run() {
    seller_check::platform::panic_screen::install(seller_check::platform::storage::LANG_KEY);
    seller_check::platform::document::leave_focus_alone();
    yew::platform::spawn_local(async {
        if let Some(root) = seller_check::platform::document::mount_point() {
            yew::Renderer::<studio_app::StudioApp>::with_root(root).render();
        }
    });
}
