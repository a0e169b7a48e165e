//! The model's behaviour on the fixture stories (`explainer::story::fixtures`): the org tree, search, the
//! timeline, citations and dates with time zones. (The model crate's own unit tests need no story.)

#![cfg(not(target_arch = "wasm32"))]

mod citations {
    use explainer::model::citations::*;
    #[allow(unused_imports)]
    use explainer::model::*;
    use explainer::story::fixtures::seoul_beijing::STORY;

    fn sentence(id: &str) -> usize {
        STORY.article.sentences.iter().position(|s| s.id == id).unwrap()
    }

    #[test]
    fn every_source_of_every_event_organization_and_person_is_cited_by_it() {
        let citations = Citations::new(&STORY);
        for (i, event) in STORY.events.iter().enumerate() {
            for &s in event.sources {
                assert!(citations.of(s as usize).contains(&Citer::Event(i)));
            }
        }
        for (i, org) in STORY.organizations.iter().enumerate() {
            for &s in org.sources.iter().chain(org.work.iter().flat_map(|w| w.sources)) {
                assert!(citations.of(s as usize).contains(&Citer::Organization(i)));
            }
        }
        for (i, person) in STORY.people.iter().enumerate() {
            for &s in person.sources {
                assert!(citations.of(s as usize).contains(&Citer::Person(i)));
            }
        }
    }

    #[test]
    fn lists_are_in_story_order_without_repeats() {
        let citations = Citations::new(&STORY);
        for s in 0..STORY.article.sentences.len() {
            let list = citations.of(s);
            assert!(list.windows(2).all(|w| w[0] < w[1]), "{list:?}");
        }
        let p2 = citations.of(sentence("p2-s1"));
        assert!(p2.contains(&Citer::Event(STORY.event_index("sister-cities").unwrap())));
        assert!(citations.of(usize::MAX).is_empty());
    }
}

mod org_tree {
    use explainer::model::org_tree::*;
    use explainer::model::Lang;
    #[allow(unused_imports)]
    use explainer::model::*;
    use explainer::story::{fixtures::seoul_beijing::STORY, FIXTURE};

    fn index(id: &str) -> usize {
        STORY.organizations.iter().position(|o| o.id == id).unwrap_or_else(|| panic!("no {id}"))
    }

    #[test]
    fn the_committee_is_the_first_root_with_its_four_teams_in_order() {
        let tree = OrgTree::new(&STORY);
        assert_eq!(tree.roots[0], index("integration-committee"));
        let teams: Vec<&str> = tree.children[tree.roots[0]].iter().map(|&t| STORY.organizations[t].id).collect();
        assert_eq!(teams, vec!["team-economy", "team-culture", "team-education", "team-environment"]);
        assert_eq!(tree.depth[index("seoul-climate-environment-hq")], 2);
        // Bodies with no parent and no children are roots after it.
        assert!(tree.roots.contains(&index("seoul-government")));
        assert!(tree.roots[1..].iter().all(|&r| tree.children[r].is_empty()));
    }

    #[test]
    fn the_bodies_outside_the_committee_stand_apart_and_nothing_in_it_does() {
        let tree = OrgTree::new(&STORY);
        let apart: Vec<usize> = (0..STORY.organizations.len()).filter(|&i| tree.is_apart(i)).collect();
        assert_eq!(apart, tree.roots[1..].to_vec());
        assert!(
            !tree.is_apart(index("integration-committee")) && !tree.is_apart(index("seoul-climate-environment-hq"))
        );
        // A chart with no structure (no root with members) has nothing apart from it.
        for story in
            [&explainer::story::fixtures::one_language::STORY, &explainer::story::fixtures::korean_english::STORY]
        {
            let tree = OrgTree::new(story);
            let structured = tree.roots.first().is_some_and(|&r| !tree.children[r].is_empty());
            assert!(structured || (0..story.organizations.len()).all(|i| !tree.is_apart(i)));
        }
    }

    #[test]
    fn the_environment_team_splits_its_members_by_city() {
        let tree = OrgTree::new(&STORY);
        let groups = tree.children_by_side(&STORY, index("team-environment"));
        let named: Vec<(&str, Vec<&str>)> = groups
            .iter()
            .map(|(side, members)| {
                let side = STORY.organizations[side.unwrap() as usize].id;
                (side, members.iter().map(|&m| STORY.organizations[m].id).collect())
            })
            .collect();
        assert_eq!(
            named,
            vec![
                ("seoul-government", vec!["seoul-climate-environment-hq"]),
                ("beijing-government", vec!["beijing-environmental-protection-bureau"])
            ]
        );
        assert!(tree.children_by_side(&STORY, index("team-economy")).is_empty());
    }

    #[test]
    fn collapsing_hides_descendants() {
        let tree = OrgTree::new(&STORY);
        let n = STORY.organizations.len();
        assert_eq!(tree.visible(&vec![false; n]).len(), n);
        let mut collapsed = vec![false; n];
        collapsed[index("team-environment")] = true;
        let visible = tree.visible(&collapsed);
        assert_eq!(visible.len(), n - 2);
        assert!(!visible.contains(&index("seoul-climate-environment-hq")));
        collapsed[index("integration-committee")] = true;
        assert_eq!(tree.visible(&collapsed).len(), n - 6);
    }

    #[test]
    fn a_hidden_item_is_stood_for_by_the_outermost_collapsed_item_above_it() {
        let tree = OrgTree::new(&STORY);
        let n = STORY.organizations.len();
        let member = index("seoul-climate-environment-hq");
        let mut collapsed = vec![false; n];
        assert_eq!(tree.shown_for(&collapsed, member), member);
        collapsed[index("team-environment")] = true;
        assert_eq!(tree.shown_for(&collapsed, member), index("team-environment"));
        collapsed[index("integration-committee")] = true;
        assert_eq!(tree.shown_for(&collapsed, member), index("integration-committee"));
        // Whatever is collapsed, every item is stood for by a visible one: itself when it is visible.
        for story in
            [&STORY, &explainer::story::fixtures::second_story::STORY, &explainer::story::fixtures::imported::STORY]
        {
            let tree = OrgTree::new(story);
            let n = story.organizations.len();
            let sets = [vec![false; n], (0..n).map(|i| !tree.children[i].is_empty()).collect()];
            for collapsed in sets.iter().cloned().chain((0..n).map(|c| (0..n).map(|i| i == c).collect())) {
                let visible = tree.visible(&collapsed);
                for i in 0..n {
                    let shown = tree.shown_for(&collapsed, i);
                    assert!(visible.contains(&shown) && (shown == i) == visible.contains(&i), "{i} {collapsed:?}");
                }
            }
        }
    }

    #[test]
    fn arrow_keys_follow_the_tree_pattern() {
        let tree = OrgTree::new(&STORY);
        let n = STORY.organizations.len();
        let mut collapsed = vec![false; n];
        let (committee, economy, env, hq) = (
            index("integration-committee"),
            index("team-economy"),
            index("team-environment"),
            index("seoul-climate-environment-hq"),
        );
        assert_eq!(tree_step(&tree, &collapsed, committee, TreeMove::Down), TreeStep::Focus(economy));
        assert_eq!(tree_step(&tree, &collapsed, economy, TreeMove::Up), TreeStep::Focus(committee));
        assert_eq!(tree_step(&tree, &collapsed, committee, TreeMove::Up), TreeStep::Stay);
        assert_eq!(tree_step(&tree, &collapsed, env, TreeMove::Right), TreeStep::Focus(hq));
        assert_eq!(tree_step(&tree, &collapsed, env, TreeMove::Left), TreeStep::Collapse(env));
        assert_eq!(tree_step(&tree, &collapsed, hq, TreeMove::Left), TreeStep::Focus(env));
        assert_eq!(tree_step(&tree, &collapsed, hq, TreeMove::Right), TreeStep::Stay);
        assert_eq!(tree_step(&tree, &collapsed, economy, TreeMove::Left), TreeStep::Focus(committee));
        collapsed[env] = true;
        assert_eq!(tree_step(&tree, &collapsed, env, TreeMove::Right), TreeStep::Expand(env));
        assert_eq!(tree_step(&tree, &collapsed, env, TreeMove::Left), TreeStep::Focus(committee));
        let visible = tree.visible(&collapsed);
        assert_eq!(tree_step(&tree, &collapsed, env, TreeMove::End), TreeStep::Focus(*visible.last().unwrap()));
        assert_eq!(tree_step(&tree, &collapsed, hq, TreeMove::Home), TreeStep::Focus(committee), "from a hidden item");
    }

    #[test]
    fn type_ahead_matches_first_letters_and_wraps() {
        let tree = OrgTree::new(&STORY);
        let visible = tree.visible(&vec![false; STORY.organizations.len()]);
        let names: Vec<&str> = STORY.organizations.iter().map(|o| o.name.get(Lang::En)).collect();
        let committee = index("integration-committee");
        assert_eq!(type_ahead(&visible, &names, committee, "e"), Some(index("team-economy")));
        assert_eq!(type_ahead(&visible, &names, index("team-economy"), "E"), Some(index("team-education")));
        assert_eq!(type_ahead(&visible, &names, committee, "envi"), Some(index("team-environment")));
        assert_eq!(type_ahead(&visible, &names, *visible.last().unwrap(), "seoul–b"), Some(committee), "wraps");
        assert_eq!(type_ahead(&visible, &names, committee, "zz"), None);
        let korean: Vec<&str> = STORY.organizations.iter().map(|o| o.name.get(Lang::Ko)).collect();
        assert_eq!(type_ahead(&visible, &korean, committee, "환"), Some(index("team-environment")));
    }

    #[test]
    fn a_team_takes_part_in_its_members_events() {
        let tree = OrgTree::new(&STORY);
        let env = events_of(&STORY, &tree, index("team-environment"));
        let ids: Vec<&str> = STORY.events.iter().zip(&env).filter(|(_, &on)| on).map(|(e, _)| e.id).collect();
        assert_eq!(ids, vec!["environment-team-mou"]);
        let seoul = events_of(&STORY, &tree, index("seoul-government"));
        assert!(seoul.iter().filter(|&&on| on).count() >= 6);
    }

    #[test]
    fn another_story_with_one_organization() {
        let tree = OrgTree::new(&FIXTURE);
        assert_eq!(tree.roots, vec![0]);
        assert_eq!(tree_step(&tree, &[false], 0, TreeMove::Right), TreeStep::Stay);
        assert_eq!(tree_step(&tree, &[false], 0, TreeMove::Down), TreeStep::Stay);
    }
}

mod search {
    use explainer::model::search::*;
    use explainer::model::*;
    use explainer::story::{fixtures::seoul_beijing::STORY, FIXTURE};

    fn folded(s: &str) -> String {
        let mut out = String::new();
        fold_into(s, &mut out);
        out
    }

    fn find(query: &str) -> Vec<Hit> {
        SearchIndex::new(&STORY).search(query, usize::MAX).hits
    }

    fn kinds(query: &str, kind: HitKind) -> Vec<usize> {
        find(query).into_iter().filter(|h| h.kind == kind).map(|h| h.index).collect()
    }

    #[test]
    fn finds_events_organizations_and_sentences_in_each_language() {
        let env = STORY.organization_index("team-environment").unwrap();
        for query in ["환경팀", "environment team", "ENVIRONMENT TEAM", "环境组"] {
            assert!(kinds(query, HitKind::Organization).contains(&env), "{query}");
            assert!(!kinds(query, HitKind::Sentence).is_empty(), "{query}");
            assert!(!kinds(query, HitKind::Event).is_empty(), "{query}");
        }
        let sister = STORY.event_index("sister-cities").unwrap();
        for query in ["자매도시", "sister cities", "Sister Cities", "友好城市"] {
            assert!(kinds(query, HitKind::Event).contains(&sister), "{query}");
        }
        assert_eq!(
            kinds("서울·베이징 통합위원회", HitKind::Organization),
            kinds("서울‧베이징 통합위원회", HitKind::Organization)
        );
    }

    /// The same search done the slow way: each item's texts folded one by one and searched.
    fn naive(query: &str) -> Vec<Hit> {
        let q = folded(query.trim());
        let has = |texts: &[Text]| {
            texts.iter().any(|t| {
                [t.get(Lang::Ko), t.get(Lang::En), t.get(Lang::Zh)].iter().any(|s| folded(s).contains(q.trim()))
            })
        };
        let events = STORY.events.iter().enumerate().filter(|(_, e)| {
            let group = e.group.map(|g| STORY.groups[g as usize].name);
            has(&[Some(e.headline), e.text, group, e.media.and_then(|m| m.caption)]
                .into_iter()
                .flatten()
                .collect::<Vec<_>>())
        });
        let orgs = STORY.organizations.iter().enumerate().filter(|(_, o)| {
            let texts: Vec<Text> = [Some(o.name), o.description, o.members_note]
                .into_iter()
                .flatten()
                .chain(o.work.iter().map(|w| w.text))
                .collect();
            has(&texts)
        });
        let sentences = STORY.article.sentences.iter().enumerate().filter(|(_, s)| has(&[s.text]));
        events
            .map(|(i, _)| Hit { kind: HitKind::Event, index: i })
            .chain(orgs.map(|(i, _)| Hit { kind: HitKind::Organization, index: i }))
            .chain(sentences.map(|(i, _)| Hit { kind: HitKind::Sentence, index: i }))
            .collect()
    }

    #[test]
    fn finds_what_a_slow_search_finds_each_item_once_in_story_order() {
        for query in ["e", "E", "the", "서울", "北京", "2015", "’", "park won-soon", "박원순 시장", "Committee", "팀"]
        {
            let expected = naive(query);
            assert!(!expected.is_empty(), "{query}");
            assert_eq!(find(query), expected, "{query}");
        }
    }

    #[test]
    fn the_limit_keeps_the_first_hits_and_counts_them_all() {
        let index = SearchIndex::new(&STORY);
        let found = index.search("e", 5);
        assert_eq!((found.total, found.hits.len()), (naive("e").len(), 5));
        assert_eq!(found.hits, naive("e")[..5]);
        assert_eq!(index.len(), STORY.events.len() + STORY.organizations.len() + STORY.article.sentences.len());
    }

    #[test]
    fn the_filter_marks_the_matching_events() {
        let index = SearchIndex::new(&STORY);
        let events: Vec<usize> = naive("forum").iter().filter(|h| h.kind == HitKind::Event).map(|h| h.index).collect();
        assert!(!events.is_empty());
        let matching = index.matching_events("Forum", STORY.events.len());
        assert_eq!(matching.iter().enumerate().filter(|(_, &m)| m).map(|(i, _)| i).collect::<Vec<_>>(), events);
        assert!(index.matching_events("", STORY.events.len()).iter().all(|m| !m));
        let mut marked = vec![false; STORY.events.len()];
        let found = index.search_marking("Forum", 3, &mut marked);
        assert_eq!((found, marked), (index.search("Forum", 3), matching), "one pass gives both");
    }

    #[test]
    fn blank_and_unmatched_queries_find_nothing() {
        for query in ["", "   ", "\u{0}", "\u{301}", "zzzzqqq", "환경팀환경팀환경팀"] {
            assert_eq!(SearchIndex::new(&STORY).search(query, 10), Found::default(), "{query:?}");
        }
    }

    #[test]
    fn a_match_never_spans_two_items() {
        let index = SearchIndex::new(&STORY);
        let last_of_first = STORY.events[0].text.unwrap().get(Lang::Zh).chars().last().unwrap();
        let first_of_second = STORY.events[1].headline.get(Lang::Ko).chars().next().unwrap();
        let across = format!("{last_of_first}{first_of_second}");
        assert!(index.search(&across, 10).hits.iter().all(|h| *h != Hit { kind: HitKind::Event, index: 0 }));
    }

    #[test]
    fn the_fixture_story_is_searchable_too() {
        let index = SearchIndex::new(&FIXTURE);
        assert!(index
            .search(FIXTURE.events[0].headline.get(Lang::En), 10)
            .hits
            .contains(&Hit { kind: HitKind::Event, index: 0 }));
    }
}

mod timeline {
    use explainer::model::timeline::*;
    #[allow(unused_imports)]
    use explainer::model::*;
    use explainer::story::fixtures::seoul_beijing::STORY;

    #[test]
    fn this_story_has_one_day_of_six_events() {
        let timeline = Timeline::new(&STORY);
        assert_eq!(timeline.clusters.len(), 1);
        let day = &timeline.clusters[0];
        assert_eq!((day.date.year, day.date.month, day.date.day), (2015, Some(11), Some(4)));
        assert_eq!(day.count, 6);
        assert_eq!(timeline.history.len(), STORY.events.len() - 6 + 1);
        // The day shows its whole hours from 10:00 to 16:00, as many as fit.
        let shown = day.window(None);
        let hours: Vec<u8> = shown.hours.iter().map(|h| h.0).collect();
        assert_eq!((hours[0], hours[hours.len() - 1]), (10, 16));
        assert!(hours.len() >= 4, "{hours:?}");
        assert!(shown.hours.windows(2).all(|w| w[1].1 - w[0].1 >= MIN_SPACING - 1e-9));
        // The event with no time comes after a break; the whole day fits in one window.
        assert_eq!(shown.window.layout.breaks.len(), 1);
        assert_eq!(shown.window.items, day.first..day.first + day.count);
    }

    #[test]
    fn history_is_in_order_with_one_break_and_years() {
        let timeline = Timeline::new(&STORY);
        let shown = timeline.history_window(None);
        assert_eq!(shown.window.items, 0..timeline.history.len(), "this story's history fits in one window");
        assert!(!shown.window.more_before && !shown.window.more_after);
        assert!(shown.window.layout.positions.windows(2).all(|w| w[0] < w[1]));
        assert_eq!(shown.window.layout.breaks.len(), 1);
        let years: Vec<i32> = shown.years.iter().map(|y| y.0).collect();
        assert_eq!(years, vec![1993, 2013, 2014, 2015, 2016]);
        assert_eq!(timeline.span, Some((1993, 2016)));
    }

    #[test]
    fn every_event_has_a_scale_and_is_in_its_window() {
        let timeline = Timeline::new(&STORY);
        for (i, event) in STORY.events.iter().enumerate() {
            let on_day = event.when.date.day == Some(4) && event.when.date.month == Some(11);
            assert_eq!(timeline.scale_of(i) != Scale::History, on_day, "{}", event.id);
            let shown = match timeline.scale_of(i) {
                Scale::History => timeline.history_window(Some(i)).window.items.map(|n| timeline.history[n]).collect(),
                Scale::Day(c) => {
                    timeline.clusters[c].window(Some(i)).window.items.map(HistoryItem::Event).collect::<Vec<_>>()
                }
            };
            assert!(shown.contains(&HistoryItem::Event(i)), "{}", event.id);
        }
    }

    #[test]
    fn the_fixture_story_has_a_day_of_two_events_on_one_minute() {
        let timeline = Timeline::new(&explainer::story::FIXTURE);
        assert_eq!(timeline.history, vec![HistoryItem::Event(0), HistoryItem::Cluster(0), HistoryItem::Event(3)]);
        let day = timeline.clusters[0].window(None);
        assert_eq!(day.window.layout.positions, vec![0.0, 1.0]);
        assert_eq!(day.hours, vec![(9, 0.0)]);
        // 1850 to 2020 is cut short.
        let history = timeline.history_window(None);
        assert_eq!(history.window.layout.breaks.len(), 1);
        assert_eq!(history.years.iter().map(|y| y.0).collect::<Vec<_>>(), vec![1850, 2020, 2021]);
    }
}

mod dates {
    use explainer::i18n::{format_when, Lang};
    use explainer::model::{PartialDate, Status, Story, Text, Texts, TimeZone, When};

    fn d(text: &str) -> PartialDate {
        PartialDate::parse(text).unwrap()
    }

    #[test]
    fn names_the_time_zone_only_with_a_time() {
        static NAMES: Texts = Texts::new(
            &[(Lang::Ko, &["베이징 현지시각"]), (Lang::En, &["Beijing time"]), (Lang::Zh, &["北京时间"])],
            1,
            "t",
        );
        static ZONES: [TimeZone; 1] =
            [TimeZone { id: "beijing", utc_offset_minutes: 480, name: Text { table: &NAMES, id: 0 } }];
        let story = Story { time_zones: &ZONES, ..explainer::story::fixtures::seoul_beijing::STORY };
        let timed = When { date: d("2015-11-04T10:10"), time_zone: Some(0), status: Status::Stated, basis: None };
        assert_eq!(format_when(&story, &timed, Lang::En), "Nov 4, 2015, 10:10 AM (Beijing time, UTC+8)");
        assert_eq!(format_when(&story, &timed, Lang::Zh), "2015年11月4日 上午10:10（北京时间，UTC+8）");
        let day = When { date: d("2015-11-04"), ..timed };
        assert_eq!(format_when(&story, &day, Lang::Ko), "2015년 11월 4일");
    }
}
