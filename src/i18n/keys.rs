//! The names of every visible UI string; their texts are in `strings.rs`.

/// A visible UI string. Adding a key without both translations fails to compile.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Key {
    /// Document title and main heading.
    Title,
    /// One-line subtitle under the heading.
    Tagline,
    /// What the check does.
    Intro,
    /// Who it is for.
    Audience,
    /// Heading above the two variants.
    ChooseVariant,
    /// Name of the quick variant.
    QuickName,
    /// Name of the full variant.
    FullName,
    /// What the quick variant is good for.
    QuickHint,
    /// What the full variant is good for.
    FullHint,
    /// Button that starts the quick variant.
    StartQuick,
    /// Button that starts the full variant.
    StartFull,
    /// The privacy promise.
    Privacy,
    /// Label of the language switch.
    Language,
    /// Attribution of the essay the check is based on.
    Attribution,
    /// Heading of the error shown when the questionnaire cannot be used.
    ContentBroken,
    /// Shown once when the browser refuses storage.
    StorageBlocked,
    /// Button that dismisses a notice.
    Dismiss,
    /// Heading of the share section.
    ShareTitle,
    /// What the share link is.
    ShareHint,
    /// Label of the link field.
    ShareLink,
    /// Button that copies the link.
    CopyLink,
    /// Confirmation after copying.
    LinkCopied,
    /// Copying failed.
    LinkCopyFailed,
    /// Label of the short code.
    ShortCode,
    /// Accessible name of the QR code.
    QrLabel,
    /// Label before the workshop session name.
    SessionLabel,
    /// Hint in a workshop session.
    SessionHint,
    /// Saves the result as a small file for the facilitator (workshop session).
    SaveResultFile,
    /// Heading of a result opened from a link.
    SharedTitle,
    /// Note on a shared result.
    SharedNote,
    /// Heading when a shared link cannot be read.
    SharedBroken,
    /// Heading of the invitation section on the result.
    OutsideTitle,
    /// What an outside view is for, and that the link holds no answers.
    OutsideHint,
    /// Button that copies the invitation link.
    CopyInvite,
    /// Label of the field for a returned outside-view code.
    OutsideCodeLabel,
    /// Button that compares with a pasted outside view.
    CompareButton,
    /// Button that opens the stored comparison.
    ShowComparison,
    /// Last button of the outside view.
    OutsideFinish,
    /// Role: manager.
    RoleManager,
    /// Role: colleague.
    RoleColleague,
    /// Role: customer.
    RoleCustomer,
    /// Role not given.
    RoleUnsaid,
    /// Link to start an own check.
    OwnCheck,
    /// Heading of the error screen after an internal fault.
    CrashTitle,
    /// Body of the error screen.
    CrashBody,
    /// Restart link of the error screen.
    CrashRestart,
    /// Shown once when a saved check cannot be read.
    SavedUnreadable,
    /// Shown while a custom questionnaire loads.
    Loading,
    /// A custom questionnaire on another origin was refused.
    QuestionnaireForeign,
    /// A custom questionnaire could not be fetched.
    QuestionnaireUnreachable,
    /// Shown once when storage refuses a write.
    StorageFull,
    /// Another tab changed the saved check.
    OtherTabChanged,
    /// Take what the other tab saved.
    TakeOtherTab,
    /// Keep this tab's check (saved over the other tab's).
    KeepThisTab,
    /// Button back to the previous question.
    Back,
    /// Button to the next question.
    Next,
    /// Button on the last question.
    ShowResult,
    /// Button that skips a question.
    Skip,
    /// Label above a scenario's situation.
    Situation,
    /// The own view's answer for an item whose situation did not occur.
    NotApplicable,
    /// The outside view's answer for an item the person cannot judge.
    CantJudge,
    /// Heading of the resume offer.
    ResumeTitle,
    /// Button that continues a saved check.
    Resume,
    /// Button that discards a saved check.
    StartOver,
    /// Heading of the result page.
    ResultTitle,
    /// Marker label on the spectrum.
    YourPosition,
    /// Heading of the dimension section.
    Dimensions,
    /// Accessible name of the dimension chart.
    DimensionChartLabel,
    /// A dimension without answers.
    NoData,
    /// Heading: the two strongest dimensions.
    Strengths,
    /// Heading: the two weakest dimensions.
    Levers,
    /// Label before a next step.
    NextStep,
    /// Label before a lever's step (the stage's step is the one next step).
    LeverStep,
    /// In place of strengths when no dimension is above the midpoint.
    NoStrength,
    /// After a dimension that scores the same as another in its list.
    Tied,
    /// Label before a risk.
    Risk,
    /// Heading of the answer-quality notes.
    QualityTitle,
    /// Button that prints the result.
    Print,
    /// Button that starts a new check.
    Restart,
    /// Default label of the call to action.
    CtaDefault,
    /// Sentence before the call to action.
    CtaLead,
    /// Label before the stage number.
    Stage,
    /// Label of the overall position.
    Position,
    /// Label of the field that adds another outside view.
    AddOutside,
    /// Button that copies a code.
    CopyCode,
    /// Confirmation after copying a code.
    CodeCopied,
    /// Heading of the earlier results on the start screen.
    PastTitle,
    /// Link from the result to then and now.
    ThenLink,
    /// Link from the result to the reminder.
    RemindLink,
    /// Link that writes the result into an e-mail.
    MailResult,
}
