//! Pieces the screens are made of: charts, texts under the charts, the share and outside-view
//! sections, the page frame, the language switch, notices, the QR code.

pub mod comparison_chart;
pub mod copy_field;
pub mod dimension_chart;
pub mod dimension_texts;
pub mod group_picture;
pub mod lang_switch;
pub mod notices;
pub mod other_tab;
pub mod outside_code_form;
pub mod outside_section;
pub mod page_frame;
pub mod past_results;
pub mod qr_code;
pub mod resume_prompt;
pub mod scanner;
pub mod share_section;
pub mod spectrum_chart;
pub mod workshop_collect;
