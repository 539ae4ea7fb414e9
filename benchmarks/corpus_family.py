"""身上書 / 扶養控除 tables of family members and 面談記録 full of dates that are not
births: kinds of benchmarks/corpus_tables.py (a mixin of its TableKinds, which gives
`c` the corpus, `rng`, `employee_number`)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from benchmarks.corpus import Doc, _docx, contact_truth, name_truth
from benchmarks.corpus_people import Person, wareki
from samples import writers as w

RELATIONS = [("妻", 1955, 2000), ("夫", 1950, 2000), ("長男", 2003, 2024), ("長女", 2003, 2024), ("次男", 2006, 2025),
             ("次女", 2006, 2025), ("父", 1938, 1962), ("母", 1940, 1965)]


class FamilyKinds:
    # --- 身上書 / 扶養 -------------------------------------------------------------

    def family_member(self, head: Person, relation: str, first: int, last: int) -> Person:
        other = self.c.person()
        birth = date(self.rng.randint(first, last), self.rng.randint(1, 12), self.rng.randint(1, 28))
        if head.foreign or other.foreign:
            return replace(other, birth=birth)
        return replace(other, surname=head.surname, kana=f"{head.kana.split()[0]} {other.kana.split()[-1]}", birth=birth)

    def family(self) -> tuple[Person, list[tuple[str, Person]]]:
        head = self.c.person()
        relations = self.rng.sample(RELATIONS, self.rng.randint(1, 4))
        return head, [(r, self.family_member(head, r, first, last)) for r, first, last in relations]

    def birth_text(self, p: Person) -> str:
        b = p.birth
        return self.c.pick([wareki(b, "era"), wareki(b, "letter"), f"{b.year}/{b.month:02d}/{b.day:02d}",
                            f"{b.year}年{b.month}月{b.day}日", b.isoformat(), f"{b.year}.{b.month}.{b.day}"])

    def family_docx(self, i: int) -> Doc:
        head, members = self.family()
        born = self.c.pick(["生年月日", "生年月日（和暦）", "生 年 月 日", "誕生日"])
        rows = [["続柄", "氏名", "フリガナ", born, "同居・別居", self.c.pick(["扶養開始日", "異動年月日", "備考"])]]
        truth = name_truth(head) | contact_truth(head, birth=True)
        for relation, m in members:
            note = self.c.pick([wareki(date(2026, self.rng.randint(1, 10), 1), "era"), "", "2026/04/01"])
            rows.append([relation, m.name, m.kana, self.birth_text(m), self.c.pick(["同居", "別居"]), note])
            truth |= name_truth(m, kana=True) | {("DATE_OF_BIRTH", m.birth.isoformat())}
        lines = [self.c.pick(["身上書", "家族状況届", "身上異動届"]), f"氏名　{head.name}",
                 f"生年月日　{self.birth_text(head)}", f"現住所　〒{head.postal}　{head.address}",
                 f"提出日　{wareki(date(2026, 10, self.rng.randint(1, 28)), 'era')}", "家族欄"]
        return Doc(f"shinjo{i:03d}.docx", _docx(lines, rows), truth)

    def dependants_xlsx(self, i: int) -> Doc:
        """扶養控除等（異動）申告書 as a sheet: one row a dependant, with My Numbers."""
        head, members = self.family()
        rows = [["給与所得者の扶養控除等（異動）申告書", "", "令和9年分"], [],
                ["氏名", head.name, "", "生年月日", head.birth.isoformat(), "個人番号", head.my_number], [],
                ["区分", "氏名", "続柄", self.c.pick(["生年月日", "生年月日(西暦)", "DOB"]), "個人番号",
                 "所得の見積額", "異動月日"]]
        truth = name_truth(head) | contact_truth(head, address=False, postal=False, birth=True, my_number=True)
        for relation, m in members:
            kind = "控除対象配偶者" if relation in ("妻", "夫") else "控除対象扶養親族"
            moved = self.c.pick(["", f"2026/{self.rng.randint(1, 12)}/1"])
            rows.append([kind, m.name, relation, m.birth, m.my_number, f"{self.rng.randint(0, 48)}0000", moved])
            truth |= name_truth(m) | {("DATE_OF_BIRTH", m.birth.isoformat()), ("MY_NUMBER", m.my_number)}
        return Doc(f"fuyou{i:03d}.xlsx", w.xlsx_bytes({"申告書": rows}), truth)

    # --- 面談記録: dates that are not births --------------------------------------------

    def interview_lines(self) -> tuple[list[str], set]:
        p, manager = self.c.person(), self.c.person()
        day = lambda m, d: self.c.pick([wareki(date(2026, m, d), "era"), f"2026/{m}/{d}", f"2026年{m}月{d}日",  # noqa: E731
                                        wareki(date(2026, m, d), "letter")])
        lines = [self.c.pick(["復職面談記録", "面談記録（育児休業からの復帰）", "キャリア面談シート"]),
                 f"面談日：{day(10, self.rng.randint(1, 28))}", f"対象者：{p.name}（社員番号 {self.employee_number()}）",
                 f"面談者：{manager.name}", f"入社日：{day(4, 1).replace('2026', str(self.rng.randint(2005, 2022)))}",
                 f"育児休業期間：{day(4, 1)}〜{day(9, 30)}", f"復職予定日：{day(11, self.rng.randint(1, 28))}",
                 "本人より、当面は短時間勤務（9:30〜16:30）を希望するとの申し出があった。",
                 f"保育園の送迎があるため、時間外勤務は{self.c.pick(['月10時間', '原則なし'])}とすることで合意した。",
                 f"次回面談：{day(12, self.rng.randint(1, 28))}　提出日：{day(10, 30)}"]
        truth = name_truth(p) | name_truth(manager)
        if self.c.chance(0.4):
            lines.insert(4, f"生年月日：{self.birth_text(p)}")
            truth.add(("DATE_OF_BIRTH", p.birth.isoformat()))
        return lines, truth

    def interview_docx(self, i: int) -> Doc:
        lines, truth = self.interview_lines()
        return Doc(f"mendan{i:03d}.docx", _docx(lines), truth)

    def interview_txt(self, i: int) -> Doc:
        lines, truth = self.interview_lines()
        return Doc(f"mendan{i:03d}.txt", "\r\n".join(lines).encode("cp932"), truth)
