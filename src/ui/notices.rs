//! What the app tells the visitor once: blocked or full storage, an unreadable saved check.

/// Something the user should be told once.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Notice {
    /// Storage is blocked: the check works without resume.
    StorageUnavailable,
    /// Storage refused a write, usually because it is full: resume may miss the latest answers.
    StorageFull,
    /// A saved check could not be restored.
    SavedCheckUnreadable,
}

/// The notices on screen, and every notice told before, so that each is told once per page.
/// The app keeps one board for all screens (`App`); the check reports what it finds.
#[derive(Clone, PartialEq, Debug, Default)]
pub struct NoticeBoard {
    /// Notices on screen, in the order told.
    pub shown: Vec<Notice>,
    /// Notices ever told, dismissed or not.
    told: Vec<Notice>,
}

impl NoticeBoard {
    /// Shows `n` unless it was told before.
    pub fn tell(&mut self, n: Notice) {
        if !self.told.contains(&n) {
            self.told.push(n);
            self.shown.push(n);
        }
    }

    /// Hides `n`; it is not told again.
    pub fn dismiss(&mut self, n: Notice) {
        self.shown.retain(|x| *x != n);
    }
}
