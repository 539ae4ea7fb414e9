"""Word and PowerPoint 97-2003 files (.doc, .ppt), their OpenDocument and RTF
twins (.odt, .odp, .ods, .rtf), with synthetic people, made once by LibreOffice
headless from generated .docx/.pptx/.xlsx and committed in samples/legacy/, so
that neither the tests nor CI need LibreOffice:

    python -m samples.legacy   # needs soffice (Debian libreoffice-writer-nogui, -impress-nogui,
                               # -calc-nogui) and jlha (jlha-utils) for the .lzh

`LEGACY_PEOPLE` says who is in them; tests read the committed files and look for
these people.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from samples import writers as w
from samples.synth import make_people

LEGACY_DIR = Path(__file__).parent / "legacy"
LEGACY_PEOPLE = make_people(6, seed=1997)


def _word_source(path: Path) -> None:
    head, child = LEGACY_PEOPLE[0], LEGACY_PEOPLE[1]
    w.write_docx(path, [
        "給与所得者の扶養控除等申告書（旧様式）", f"氏名　{head.name}", f"個人番号　{head.my_number_spaced}",
        f"住所　〒{head.postal} {head.address}", f"電話　{head.mobile}",
    ], table=[["氏名", "続柄", "個人番号"], [child.name, "子", child.my_number]],
        header="総務部 保管", footer=f"連絡先 {head.email}")


def _powerpoint_source(path: Path) -> None:
    contacts = LEGACY_PEOPLE[2:5]
    w.write_pptx(path, "緊急連絡先（2003年版）", [["氏名", "携帯", "メール"]] +
                 [[p.name, p.mobile, p.email] for p in contacts],
                 notes=f"{contacts[0].surname}様 個人番号 {LEGACY_PEOPLE[5].my_number}")


def _sheet_source(path: Path) -> None:
    w.write_xlsx(path, {"職員": [["氏名", "電話番号", "個人番号"]] +
                        [[p.name, p.phone, p.my_number] for p in LEGACY_PEOPLE[:3]]})


def convert(source: Path, target_suffix: str, out_dir: Path) -> Path:
    """source converted by LibreOffice headless (MS Word 97 / PowerPoint 97 filters)."""
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless",
                        "--convert-to", target_suffix.lstrip("."), "--outdir", str(out_dir), str(source)],
                       check=True, capture_output=True, timeout=300)
    return out_dir / (source.stem + target_suffix)


def make_lzh(out_dir: Path) -> Path:
    """An LZH archive compressed with -lh5- and CP932 names, by jlha (Debian
    jlha-utils), as Japanese LHA tools write them."""
    target = out_dir.resolve() / "2003年度_名簿.lzh"
    target.unlink(missing_ok=True)
    with tempfile.TemporaryDirectory() as work:
        rows = "氏名,電話番号,個人番号\n" + "".join(f"{p.name},{p.phone},{p.my_number}\n" for p in LEGACY_PEOPLE)
        (Path(work) / "名簿").mkdir()
        (Path(work) / "名簿/職員.csv").write_bytes(rows.encode("cp932"))
        subprocess.run(["java", "-Dlha.encoding=MS932", "-jar", "/usr/share/java/jlhafrontend.jar", "a",
                        str(target), "名簿/職員.csv"], cwd=work, check=True, capture_output=True, timeout=120)
    return target


def make_legacy(out_dir: Path = LEGACY_DIR) -> list[Path]:
    out_dir.mkdir(parents=True, exist_ok=True)
    made = []
    with tempfile.TemporaryDirectory() as work:
        for maker, name, suffix in ((_word_source, "扶養控除申告書_旧.docx", ".doc"),
                                    (_powerpoint_source, "緊急連絡先_旧.pptx", ".ppt"),
                                    (_word_source, "扶養控除申告書_ODF.docx", ".odt"),
                                    (_powerpoint_source, "緊急連絡先_ODF.pptx", ".odp"),
                                    (_sheet_source, "職員名簿_ODF.xlsx", ".ods"),
                                    (_word_source, "扶養控除申告書_RTF.docx", ".rtf")):
            source = Path(work) / name
            maker(source)
            made.append(shutil.copy(convert(source, suffix, Path(work)), out_dir))
    return [*(Path(p) for p in made), make_lzh(out_dir)]


if __name__ == "__main__":
    for made in make_legacy(Path(sys.argv[1]) if len(sys.argv) > 1 else LEGACY_DIR):
        print(made, made.stat().st_size)
