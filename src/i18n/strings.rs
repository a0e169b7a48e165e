//! Every interface string in every language, checked by the compiler: a missing one does not build.
//! Strings with values in them are functions, so each language orders its own words.

use super::Lang;
use crate::model::OrgKind;

/// The interface's words in one language.
pub struct UiStrings {
    /// Name of the group of language buttons.
    pub language: &'static str,
    /// Label before the publication date.
    pub published: &'static str,
    /// Label of an inferred date or event.
    pub inferred: &'static str,
    /// Label of a planned event.
    pub planned: &'static str,
    /// What an inferred date rests on.
    pub basis: &'static str,
    /// Name of the timeline widget.
    pub timeline: &'static str,
    /// Short and accessible names of the step buttons.
    pub previous: &'static str,
    pub next: &'static str,
    pub previous_event: &'static str,
    pub next_event: &'static str,
    /// The button on the title card that opens the first event.
    pub start: &'static str,
    /// Where the reader is: "Event 3 of 12".
    pub position: fn(usize, usize) -> String,
    /// The title card's place in the sequence.
    pub intro: &'static str,
    /// Zooming: into a day (given as text), and back out to the whole story.
    pub zoom_in: fn(&str) -> String,
    pub zoom_out: &'static str,
    /// A day's cluster marker: "4 Nov 2015: 6 events".
    pub cluster: fn(&str, usize) -> String,
    /// Label of the stretch of a day's events with no time given.
    pub time_not_given: &'static str,
    /// Labels in the event card.
    pub place: &'static str,
    pub people: &'static str,
    pub organizations: &'static str,
    pub figures: &'static str,
    /// The source sentences: show, hide, their heading, the original's label.
    pub show_sources: &'static str,
    pub hide_sources: &'static str,
    pub sources: &'static str,
    pub original: &'static str,
    /// The side-by-side switch, naming the second language.
    pub side_by_side: fn(Lang) -> String,
    /// Accessible name of a cut in the axis.
    pub gap: &'static str,
    /// The view switch: its name and the three views.
    pub views: &'static str,
    pub view_timeline: &'static str,
    pub view_org: &'static str,
    pub view_both: &'static str,
    /// The org chart: its heading, and its expand / collapse buttons.
    pub org_chart: &'static str,
    pub expand_all: &'static str,
    pub collapse_all: &'static str,
    /// What kind of body an organization is.
    pub kind: fn(OrgKind) -> &'static str,
    /// An organization's founding, and the mark of a new one (given the date as text).
    pub founded: fn(&str) -> String,
    pub new_since: fn(&str) -> String,
    /// Headings of an organization's work.
    pub work_past: &'static str,
    pub work_proposed: &'static str,
    pub work_remit: &'static str,
    /// Its members, and the group of members on one side (given the side's name).
    pub members: &'static str,
    pub side: fn(&str) -> String,
    /// The events an organization took part in.
    pub related_events: &'static str,
    /// Added to the name of a marker or node linked to the other view's selection.
    pub related: &'static str,
    /// Shown in the details panel before any organization is selected.
    pub pick_a_node: &'static str,
}

const KO: UiStrings = UiStrings {
    language: "언어",
    published: "게재",
    inferred: "추정",
    planned: "계획",
    basis: "근거",
    timeline: "타임라인",
    previous: "이전",
    next: "다음",
    previous_event: "이전 사건",
    next_event: "다음 사건",
    start: "시작",
    position: |n, total| format!("사건 {n}/{total}"),
    intro: "소개",
    zoom_in: |day| format!("{day} 자세히 보기"),
    zoom_out: "전체 기간 보기",
    cluster: |day, n| format!("{day}: 사건 {n}개"),
    time_not_given: "시각 미상",
    place: "장소",
    people: "인물",
    organizations: "기관",
    figures: "수치",
    show_sources: "기사 원문 보기",
    hide_sources: "기사 원문 숨기기",
    sources: "출처",
    original: "원문",
    side_by_side: |lang| format!("{} 함께 보기", lang.endonym()),
    gap: "생략된 기간",
    views: "보기",
    view_timeline: "타임라인",
    view_org: "조직도",
    view_both: "모두",
    org_chart: "조직도",
    expand_all: "모두 펼치기",
    collapse_all: "모두 접기",
    kind: |kind| match kind {
        OrgKind::Committee => "위원회",
        OrgKind::Team => "팀",
        OrgKind::Government => "시 정부",
        OrgKind::Department => "부서",
        OrgKind::Body => "기관",
    },
    founded: |date| format!("{date} 설립"),
    new_since: |date| format!("신설: {date}"),
    work_past: "그동안 함께 한 일",
    work_proposed: "새로 제안한 협력",
    work_remit: "맡은 일",
    members: "구성",
    side: |name| format!("{name} 측"),
    related_events: "관련 사건",
    related: "관련",
    pick_a_node: "조직을 선택하면 하는 일과 관련 사건, 기사 출처가 나옵니다.",
};

const EN: UiStrings = UiStrings {
    language: "Language",
    published: "Published",
    inferred: "Inferred",
    planned: "Planned",
    basis: "Basis",
    timeline: "Timeline",
    previous: "Previous",
    next: "Next",
    previous_event: "Previous event",
    next_event: "Next event",
    start: "Start",
    position: |n, total| format!("Event {n} of {total}"),
    intro: "Introduction",
    zoom_in: |day| format!("Zoom in to {day}"),
    zoom_out: "Show all years",
    cluster: |day, n| format!("{day}: {n} events"),
    time_not_given: "Time not given",
    place: "Place",
    people: "People",
    organizations: "Organizations",
    figures: "Figures",
    show_sources: "Show the article’s sentences",
    hide_sources: "Hide the article’s sentences",
    sources: "Source",
    original: "Original",
    side_by_side: |lang| format!("Side by side with {}", lang.endonym()),
    gap: "Gap in time",
    views: "Views",
    view_timeline: "Timeline",
    view_org: "Org chart",
    view_both: "Both",
    org_chart: "Org chart",
    expand_all: "Expand all",
    collapse_all: "Collapse all",
    kind: |kind| match kind {
        OrgKind::Committee => "Committee",
        OrgKind::Team => "Team",
        OrgKind::Government => "City government",
        OrgKind::Department => "Department",
        OrgKind::Body => "Body",
    },
    founded: |date| format!("Founded {date}"),
    new_since: |date| format!("New: {date}"),
    work_past: "Done together so far",
    work_proposed: "Newly proposed",
    work_remit: "Its remit",
    members: "Members",
    side: |name| format!("{name} side"),
    related_events: "Events",
    related: "related",
    pick_a_node: "Select an organization to see what it does, its events and the article’s sentences behind it.",
};

const ZH: UiStrings = UiStrings {
    language: "语言",
    published: "发布",
    inferred: "推断",
    planned: "计划",
    basis: "依据",
    timeline: "时间线",
    previous: "上一个",
    next: "下一个",
    previous_event: "上一个事件",
    next_event: "下一个事件",
    start: "开始",
    position: |n, total| format!("第{n}个事件，共{total}个"),
    intro: "简介",
    zoom_in: |day| format!("放大查看{day}"),
    zoom_out: "查看全部年份",
    cluster: |day, n| format!("{day}：{n}个事件"),
    time_not_given: "未注明时间",
    place: "地点",
    people: "人物",
    organizations: "机构",
    figures: "数字",
    show_sources: "查看报道原句",
    hide_sources: "隐藏报道原句",
    sources: "出处",
    original: "原文",
    side_by_side: |lang| format!("与{}对照", lang.endonym()),
    gap: "时间间隔",
    views: "视图",
    view_timeline: "时间线",
    view_org: "组织图",
    view_both: "全部",
    org_chart: "组织图",
    expand_all: "全部展开",
    collapse_all: "全部折叠",
    kind: |kind| match kind {
        OrgKind::Committee => "委员会",
        OrgKind::Team => "组",
        OrgKind::Government => "市政府",
        OrgKind::Department => "部门",
        OrgKind::Body => "机构",
    },
    founded: |date| format!("{date}成立"),
    new_since: |date| format!("新设：{date}"),
    work_past: "此前共同推进",
    work_proposed: "新提出的合作",
    work_remit: "职责",
    members: "成员",
    side: |name| format!("{name}方"),
    related_events: "相关事件",
    related: "相关",
    pick_a_node: "选择一个机构，查看其职责、相关事件及报道原句。",
};

/// The interface strings for `lang`.
pub fn ui(lang: Lang) -> &'static UiStrings {
    match lang {
        Lang::Ko => &KO,
        Lang::En => &EN,
        Lang::Zh => &ZH,
    }
}
