"""forms17: what an HTML page stores but does not show as text — a saved form's typed
values, hidden fields, data- attributes, comments, data blocks and scripts holding
Japanese — is read (scanner.extract.html_hidden); code, a framework's state and an
Outlook comment's markup are not. Made-up people and numbers."""

from scanner.extract import extract
from scanner.extract.budget import Budget


def _text(html: str) -> str:
    return "\n".join(unit.text for unit in extract("page.html", html.encode("utf-8"), Budget(), False).units)


def test_a_saved_forms_typed_values_are_read_in_their_cells():
    text = _text("<form><table><tr><th>お名前</th><td><input type=\"text\" name=\"n\" value=\"浅野 雄介\"></td></tr>"
                 "<tr><th>電話</th><td><input type=\"tel\" value=\"0466-27-3158\"></td></tr>"
                 "<tr><th>同意</th><td><input type=\"checkbox\" name=\"agree\" value=\"yes\"></td></tr></table></form>")
    assert "お名前:  浅野 雄介" in text and "電話:  0466-27-3158" in text and "yes" not in text


def test_hidden_fields_and_data_attributes_are_read_as_keyed_lines():
    text = _text("<table><tr data-card=\"4929 1832 4711 5557\" data-toggle=\"row\"><td>予約</td></tr></table>"
                 "<input type=\"hidden\" name=\"card_no\" value=\"3530111333300000\">"
                 f"<input type=\"hidden\" name=\"__VIEWSTATE\" value=\"{'Q' * 300}\">")
    lines = text.splitlines()
    assert "data-card: 4929 1832 4711 5557" in lines and "card_no: 3530111333300000" in lines
    assert "Q" * 300 not in text and "data-toggle" not in text  # a framework's state; a flag with no number


def test_a_comment_is_read_without_its_tags_and_a_conditional_one_not():
    text = _text("<p>会員一覧</p><!-- 旧連絡先 <b>0285-62-4471</b> --><!--[if mso]><xml><o:x>0285</o:x></xml><![endif]-->")
    assert "旧連絡先  0285-62-4471" in text and "o:x" not in text


def test_a_data_block_and_a_script_with_japanese_are_read_plain_code_not():
    text = _text("<script src=\"lib.js\"></script><script>var build = 4929183247115557;</script>"
                 "<script type=\"application/json\">{\"tel\": \"0748-32-6610\"}</script>"
                 "<script>const rows = [[\"北村 沙耶\", \"0748-32-6611\"]];</script><p>名簿</p>")
    assert "0748-32-6610" in text and "北村 沙耶" in text and "4929183247115557" not in text
