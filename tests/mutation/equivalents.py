"""Equivalent mutants of the Qt-free core: mutant name -> why no input tells it from the
code. score.py prints them apart from the other survivors (they still count)."""

from __future__ import annotations

# mutant name -> why no test can kill it. mutmut numbers the mutants of each function,
# so an entry goes stale when its function changes: the name then no longer survives
# (or means another change) and the list must be checked again.
_CODEC = "codec names are case-insensitive"
_RL_DEFAULT = "a ReportLab default (stroke=1, fill=0) written out or left out draws the same"
_STYLE_NAME = "a style's name is only ReportLab's label for it: never drawn or looked up"
_FRAME_ID = "a frame's id only names it in ReportLab's messages"
EQUIVALENT: dict[str, str] = {
    # The kit's pictures (tests/pdf/test_kit_icons.py compares every drawing operator).
    "cartapp.pdf.kit.icons.x__drop_at__mutmut_78": _RL_DEFAULT,
    "cartapp.pdf.kit.icons.x__drop_at__mutmut_79": _RL_DEFAULT,
    "cartapp.pdf.kit.icons.x__head__mutmut_106": _RL_DEFAULT,
    "cartapp.pdf.kit.icons.x__head__mutmut_107": _RL_DEFAULT,
    "cartapp.pdf.kit.icons.x__heart__mutmut_110": _RL_DEFAULT,
    "cartapp.pdf.kit.icons.x__heart__mutmut_111": _RL_DEFAULT,
    "cartapp.pdf.kit.icons.x__line__mutmut_54": _RL_DEFAULT,
    "cartapp.pdf.kit.icons.x__line__mutmut_55": _RL_DEFAULT,
    "cartapp.pdf.kit.icons.x__lungs__mutmut_126": _RL_DEFAULT,
    "cartapp.pdf.kit.icons.x__lungs__mutmut_127": _RL_DEFAULT,
    "cartapp.pdf.kit.icons.x__stomach__mutmut_38": _RL_DEFAULT,
    "cartapp.pdf.kit.icons.x__stomach__mutmut_39": _RL_DEFAULT,
    "cartapp.pdf.kit.icons.x__head__mutmut_118": _RL_DEFAULT,
    "cartapp.pdf.kit.icons.x__speech__mutmut_65": _RL_DEFAULT,
    "cartapp.pdf.kit.icons.x__chills__mutmut_48": "a - pi and a + pi are the same angle",
    "cartapp.pdf.kit.icons.x__chills__mutmut_52": "sign is 1 or -1, never 0",
    "cartapp.pdf.kit.icons.x__head__mutmut_70": "s / 1.0 and s * 1.0 are the same number",
    "cartapp.model.language_tag.x_is_language_tag__mutmut_3": (
        "< vs <= 35: the pattern's longest match is 30 characters"
    ),
    "cartapp.model.sheet_io.x_load_sheet__mutmut_13": _CODEC,
    "cartapp.model.sheet_io.x_save_sheet__mutmut_20": _CODEC,
    "cartapp.model.guarded_read.x_read_text__mutmut_8": _CODEC,
    "cartapp.model.sheet_io.x_load_sheet__mutmut_14": (
        "the path only names the file in a refusal load_sheet replaces with its own words"
    ),
    "cartapp.model.sheet_io.x_save_sheet__mutmut_4": "ensure_ascii=None is falsy like False",
    "cartapp.model.sheet_io.x__question__mutmut_8": (
        "a question without text is refused by validate() in the same words"
    ),
    "cartapp.model.guarded_read.x_nesting_depth__mutmut_3": (
        'quote None vs "": only its truth is read before it is set'
    ),
    "cartapp.model.guarded_read.x_nesting_depth__mutmut_17": (
        'quote None vs "": only its truth is read before it is set'
    ),
    "cartapp.model.guarded_read.x_nesting_depth__mutmut_5": "escaped None vs False: falsy",
    "cartapp.model.guarded_read.x_nesting_depth__mutmut_7": "escaped None vs False: falsy",
    "cartapp.model.guarded_read.x__dict_depth__mutmut_9": (
        "the stack only ever holds tables and arrays"
    ),
    "cartapp.model.guarded_read.x__dict_depth__mutmut_15": (
        "the early stop at 128 levels only saves time: anything past 32 is refused"
    ),
    "cartapp.model.guarded_read.x__dict_depth__mutmut_17": (
        "the early stop at 128 levels only saves time: anything past 32 is refused"
    ),
    "cartapp.model.guarded_read.x_load_content_toml__mutmut_6": (
        "ContentError names the path it was given, not the refusal's"
    ),
    **{
        f"cartapp.model.guarded_read.x_read_bytes__mutmut_{n}": (
            "the getattr defaults of O_NONBLOCK and O_BINARY: Linux and macOS have the"
            " first and not the second, so only Windows could tell"
        )
        for n in (6, 9, 12, 13, 19, 20)
    },
    "cartapp.pdf.fonts.x__is_neutral__mutmut_5": "no Unicode category starts with X",
    "cartapp.pdf.fonts.x__is_neutral__mutmut_8": (
        "only Noto Sans Arabic, the first fallback, has the tatweel: it lands there either way"
    ),
    "cartapp.pdf.fonts.x_register_fonts__mutmut_42": (
        "not remembering the registration only repeats the same mappings"
    ),
    "cartapp.pdf.fonts.x_register_fonts__mutmut_43": (
        "not remembering the registration only repeats the same mappings"
    ),
    **{
        f"cartapp.pdf.review_pack.x_sources__mutmut_{n}": (
            "a getattr default: every caller passes a Source, which has the field"
        )
        for n in (11, 14, 17, 23, 53, 56, 59)
    },
    "cartapp.model.sheet.x_clean_text__mutmut_18": (
        '"XX\\n\\tXX" still holds newline and tab; X is never unprintable'
    ),
    "cartapp.model.timeline.xǁPlanInputsǁfrom_dict__mutmut_9": (
        "a missing version read as 1 or as 2 passes the same check: both are accepted"
    ),
    "cartapp.pdf.bidi.x_levels__mutmut_11": (
        "a paragraph's level is 0 or 1: base / 2 and base % 2 are truthy for the same one"
    ),
    "cartapp.pdf.dates.x_dated_day__mutmut_2": (
        '"EN" is no content folder, so its words are English\'s, as "en" reads them'
    ),
    "cartapp.pdf.question_sheet.x_build_sheet_pdf__mutmut_130": _FRAME_ID,
    "cartapp.pdf.question_sheet.x_build_sheet_pdf__mutmut_219": (
        "fit() reads the room only from the first layout, whose gap_scale is 1"
    ),
    "cartapp.pdf.review_body.x_inline__mutmut_72": '"ul" is in _BLOCKS already',
    "cartapp.pdf.sheet_languages.x_interpreter_line__mutmut_38": (
        "the words' column sets the row's height (a line is taller than the box), so"
        " aligning it moves nothing"
    ),
    "cartapp.pdf.sheet_sections.x__plain_table__mutmut_8": (
        "the table is exactly as wide as its room: ReportLab reads hAlign only when"
        " there is room left over"
    ),
    **{
        f"cartapp.pdf.kit.letter.x__details__mutmut_{n}": (
            "the value is the last paragraph of its cell, whose space after a table ignores"
        )
        for n in (69, 72)
    },
    "cartapp.pdf.kit.letter.x__details__mutmut_96": (
        "a table takes as many widths as it has columns (3) and drops the rest"
    ),
    "cartapp.pdf.kit.letter.x__letter__mutmut_110": (
        'fill() prints a line to write on for None as for ""'
    ),
    **{
        f"cartapp.pdf.kit.letter.x_er_letter__mutmut_{n}": (
            "kit_styles() reads large_print only when no body size is given, and one is"
        )
        for n in (14, 16)
    },
    "cartapp.pdf.typed_text.xǁTypedParagraphǁ_layout__mutmut_56": (
        "never reached: every part of the text between new lines gives at least one line"
    ),
    "cartapp.model.calendar_export.x_plan_to_ics__mutmut_40": (
        "iCalendar property names are case-insensitive; icalendar writes them in capitals"
    ),
    "cartapp.model.clinic_content.x__pictures__mutmut_10": (
        "str.count's start None is 0, the start of the body"
    ),
    "cartapp.model.timeline_file.xǁ_Readerǁstep__mutmut_197": "bool(None) is bool(False)",
    "cartapp.model.timeline_file.xǁ_Readerǁwords__mutmut_97": (
        "the check only tries the template's field names; the month's value is never read"
    ),
    "cartapp.pdf.dates.x_long_date__mutmut_2": (
        '"EN" is no content folder, so its words are English\'s, as "en" reads them'
    ),
    "cartapp.pdf.kit.log.x__table__mutmut_300": (
        "3 points is ReportLab's own bottom padding: dropping the command changes nothing"
    ),
    "cartapp.pdf.review_body.xǁBodyWriterǁcallout__mutmut_8": (
        "callout() is only called for a div whose class names the admonition"
    ),
    "cartapp.pdf.review_parts.x_sign_off_box__mutmut_16": (
        "the heading row is one spanned cell: the second cell is never drawn"
    ),
    "cartapp.pdf.review_parts.x_sources__mutmut_53": (
        "a getattr default: every caller passes a Source, which has the field"
    ),
    "cartapp.pdf.review_sections.xǁBookmarkǁdraw__mutmut_5": (
        "closed=None is falsy like False: the outline entry starts open either way"
    ),
    "cartapp.pdf.shaping.x_shape__mutmut_84": (
        "HarfBuzz gives one position per glyph: zip's strict check never fires"
    ),
    "cartapp.pdf.sheet_limits.x_build_within_limits__mutmut_5": (
        "large_print None is falsy like the default False everywhere it is read"
    ),
    "cartapp.pdf.sheet_sections.x_plan_table__mutmut_26": (
        "the table is exactly as wide as its room: ReportLab reads hAlign only when"
        " there is room left over"
    ),
    "cartapp.pdf.sheet_sections.x_questions__mutmut_61": (
        "the small style it inherits has no space after either"
    ),
    "cartapp.pdf.typed_text.xǁTypedParagraphǁ__init____mutmut_16": (
        "the first wrap lays out anyway (no lines yet), whatever width was remembered"
    ),
    "cartapp.model.calendar_export.x_plan_to_ics__mutmut_48": (
        "iCalendar property names are case-insensitive; icalendar writes them in capitals"
    ),
    "cartapp.model.kit.x_facts_for__mutmut_46": (
        'without a clinic the value is read as raw or "": None and "" both give ""'
    ),
    **{
        name: '"XXenXX" or "EN" is no content folder, so the words are English\'s anyway'
        for name in (
            "cartapp.model.page_html.x_format_date__mutmut_1",
            "cartapp.model.page_marks.x_review_status_html__mutmut_5",
            "cartapp.model.sheet_words.x_sheet_words__mutmut_2",
        )
    },
    "cartapp.model.timeline_file.xǁ_Readerǁstep__mutmut_195": "bool(None) is bool(False)",
    "cartapp.model.timeline_file.xǁ_Readerǁwords__mutmut_87": (
        "the check only tries the template's field names; the year's value is never read"
    ),
    "cartapp.pdf.kit.log.x__table__mutmut_236": (
        "the next command sets the data rows' alignment again, from row 1 on"
    ),
    "cartapp.pdf.question_sheet.x_build_sheet_pdf__mutmut_94": (
        "the page template's own frame sets the margins; the document's are never read"
    ),
    "cartapp.pdf.review_body.x__only_picture__mutmut_8": (
        "a picture's words are in <i> already: italic in either style"
    ),
    "cartapp.pdf.review_pack.x_default_rules__mutmut_37": (
        'no rule has a region "XXotherXX" or "other": both read every region\'s words'
    ),
    "cartapp.pdf.review_parts.xǁReviewPartsǁquestions__mutmut_18": (
        "a getattr default: every bank question has for_teens"
    ),
    "cartapp.pdf.sheet_sections.x__plain_table__mutmut_72": (
        "columns 0 to 1 are every column of these one- and two-column tables"
    ),
    **{
        f"cartapp.pdf.bidi.x_levels__mutmut_{n}": (
            "a paragraph's level is 0 or 1: base % 3 and base / 2 read it as base % 2 does"
        )
        for n in (12, 176, 177, 187, 188)
    },
    "cartapp.pdf.bidi.x_levels__mutmut_109": (
        "W5 stepping back onto the digit stops; the outer loop then reaches the sign it"
        " made a digit and carries on from there, so every sign in the row still joins"
    ),
    **{
        f"cartapp.pdf.bidi.x_levels__mutmut_{n}": (
            "a neutral's fill is only read by I1-I2, which give the paragraph's own level"
            " to any type but R, AN, EN (and L in a right-to-left one): R or L misspelt"
            " is still the paragraph's direction"
        )
        for n in (174, 175, 178, 179)
    },
    **{
        f"cartapp.pdf.bidi.x_visual_order__mutmut_{n}": (
            "without odd levels every level is even: reversing at the highest and the"
            " odd one below it undoes itself, as reversing nothing does"
        )
        for n in (14, 15)
    },
    "cartapp.pdf.typed_text.xǁTypedParagraphǁsplit__mutmut_2": (
        "wrap() never reads the height it is given"
    ),
    "cartapp.pdf.typed_text.xǁTypedParagraphǁ_copy__mutmut_3": (
        "split() gives both parts a style of their own right after copying"
    ),
    "cartapp.pdf.typed_text.x__cluster_back__mutmut_3": (
        "a line starts on a cluster, so stepping back stops at its start either way"
    ),
    "cartapp.pdf.sheet_sections.x_plan_table__mutmut_30": (
        "the table is exactly as wide as its room: ReportLab reads hAlign only when"
        " there is room left over"
    ),
    "cartapp.pdf.sheet_sections.x_plan_table__mutmut_48": (
        "the headings row is one line in each column: top and bottom are the same place"
    ),
    "cartapp.pdf.sheet_sections.x__plain_table__mutmut_20": (
        "a table's font size reaches only cells of plain text; these hold paragraphs"
    ),
    "cartapp.pdf.sheet_sections.x__signs__mutmut_51": (
        "a table lays out the same in 10,000 or 10,001 points of height"
    ),
    "cartapp.pdf.sheet_limits.x_estimate_pages__mutmut_2": (
        'a paper size it does not know ("LETTER") is read as letter, the default'
    ),
    **{
        f"cartapp.pdf.review_pack.x_default_rules__mutmut_{n}": (
            "the rules module has rule_rows, the first name tried: the others are never read"
        )
        for n in (19, 20, 21, 22)
    },
    "cartapp.pdf.review_pack.x_default_rules__mutmut_38": (
        'no rule has a region "OTHER" or "other": both read every region\'s words'
    ),
    "cartapp.pdf.typed_text.xǁTypedParagraphǁ_layout__mutmut_4": (
        "previous is set to None again at the start of every span before it is read"
    ),
    "cartapp.pdf.typed_text.xǁTypedParagraphǁ_layout__mutmut_58": (
        "never reached: every part of the text between new lines gives at least one line"
    ),
    "cartapp.pdf.review_pack.x_default_rules__mutmut_35": (
        'rules.expand() reads a region of None as "other", which the call passes'
    ),
    "cartapp.model.timeline_file.xǁ_Readerǁwords__mutmut_85": (
        "the check only tries the template's field names; the month's value is never read"
    ),
    "cartapp.pdf.sheet_header.x_details__mutmut_80": (
        "the details table has two columns: columns 0 to 1 are all of them"
    ),
    "cartapp.model.calendar_export.x_plan_to_ics__mutmut_27": (
        "iCalendar property names are case-insensitive; icalendar writes them in capitals"
    ),
    **{
        f"cartapp.model.timeline_file.xǁ_Readerǁwords__mutmut_{n}": (
            "the check only tries the template's field names; their values are never read"
        )
        for n in (43, 52)
    },
    "cartapp.pdf.sheet_header.x_details__mutmut_98": (
        "the details table has two columns: columns 0 to 1 are all of them"
    ),
    "cartapp.pdf.sheet_header.x_format_long_date__mutmut_2": (
        '"EN" is no content folder, so its words are English\'s, as "en" reads them'
    ),
    "cartapp.pdf.sheet_sections.x__signs__mutmut_19": (
        "a spacer's width is never drawn, and 0 or 1 point fits a half-width cell"
    ),
    "cartapp.pdf.sheet_sections.x_when_to_call__mutmut_1": (
        "the one caller always says whether the reader is the patient"
    ),
    "cartapp.pdf.sheet_limits.x_build_within_limits__mutmut_18": (
        "the estimate reads a paper it does not know (None) as letter, the default"
    ),
    "cartapp.pdf.typed_text.xǁTypedParagraphǁ__init____mutmut_15": (
        "the first wrap lays out anyway (no lines yet), whatever width was remembered"
    ),
    "cartapp.pdf.typed_text.xǁTypedParagraphǁ_wrap_part__mutmut_93": (
        "a line of spaces alone is empty whether it ends at its start or one before it"
    ),
    "cartapp.pdf.typed_text.xǁTypedParagraphǁ_wrap_part__mutmut_54": (
        "a space always starts its own cluster (HarfBuzz merges only marks into the one"
        " before), so it is in `seen` and the second test is never needed"
    ),
    "cartapp.pdf.kit.call_sheet.x_call_sheet__mutmut_15": (
        "kit_styles() reads large_print only when no body size is given, and one is"
    ),
    "cartapp.pdf.question_sheet.x_build_sheet_pdf__mutmut_39": (
        'the English bank is only read for its truth after this: None and "" are both false'
    ),
    "cartapp.pdf.sheet_fit.xǁEndMarkǁdraw__mutmut_7": (
        "only the y of the point is kept: (1, 0) and (0, 0) share it on an unrotated page"
    ),
    "cartapp.pdf.sheet_header.x_format_long_date__mutmut_1": (
        '"XXenXX" is no content folder, so its words are English\'s, as "en" reads them'
    ),
    "cartapp.pdf.sheet_limits.x_estimate_pages__mutmut_1": (
        'a paper size it does not know ("XXletterXX") is read as letter, the default'
    ),
    "cartapp.pdf.sheet_languages.x_english_line__mutmut_16": (
        "the question style it inherits has no space before either (questions() sets 0)"
    ),
    **{
        f"cartapp.pdf.sheet_sections.x__plain_table__mutmut_{n}": (
            "the table is exactly as wide as its room: ReportLab reads hAlign only when"
            " there is room left over"
        )
        for n in (4, 7)
    },
    "cartapp.pdf.sheet_sections.x__plain_table__mutmut_40": (
        "6 points is ReportLab's own right padding: a misspelt command leaves the same"
    ),
    "cartapp.pdf.typed_text.xǁTypedParagraphǁ_layout__mutmut_60": (
        "never reached: every part of the text between new lines gives at least one line"
    ),
    "cartapp.pdf.sheet_languages.x_interpreter_line__mutmut_58": (
        "the table has one row: rows 0 to 1 are all of it"
    ),
    "cartapp.pdf.review_body.xǁ_TreeBuilderǁ__init____mutmut_5": (
        "the root's tag is never read: blocks() reads only its children"
    ),
    "cartapp.pdf.question_sheet.x_build_sheet_pdf__mutmut_182": (
        "the notes page's heading kept with its lines or not, ReportLab gives the lines"
        " the frame's room: drawn the same (letter, and A4 in large print)"
    ),
    "cartapp.pdf.kit.log.x__table__mutmut_234": (
        "BOTTOM is ReportLab's own vertical alignment: the headings sit there anyway"
    ),
    "cartapp.pdf.kit.checklist.x__rota__mutmut_24": (
        "a table cell holding one flowable: ReportLab leaves out its space after, both in"
        " the row's height and where it draws (checked: the same row height for 0, 1, 9)"
    ),
    "cartapp.pdf.review_body.xǁBodyWriterǁcallout__mutmut_85": (
        "blocks() reads only the node's children, never its tag"
    ),
    "cartapp.pdf.review_body.xǁBodyWriterǁcallout__mutmut_117": (
        "the box is a one-column table: (+1, -1) and (-1, -1) both reach its only column"
    ),
    "cartapp.pdf.sheet_sections.x__plain_table__mutmut_54": (
        "the table has one or two columns: from -1 to +1 and from -1 to -1 both cover the"
        " last column"
    ),
    "cartapp.pdf.styles.x_sheet_styles__mutmut_37": (
        "allowOrphans=0 is ReportLab's own default for a ParagraphStyle"
    ),
    "cartapp.pdf.styles.x_sheet_styles__mutmut_136": (
        "bulletIndent=0 is ReportLab's own default, and the base style sets no other"
    ),
    "cartapp.pdf.review_sections.xǁBookmarkǁwrap__mutmut_1": (
        "a zero-height mark, left-aligned: its width is never used, and the page"
        " bookmark it draws has no position"
    ),
    "cartapp.pdf.shaping.x__to_unicode_cmap__mutmut_13": (
        "no font the app registers has a '+' in its name (fonts.FONT_FILES), so only the"
        " subset tag's '+' is ever split"
    ),
    "cartapp.model.page_marks.x_review_status_html__mutmut_6": (
        "'EN' is not a plain language tag: content_words falls back to English, the same words"
    ),
    "cartapp.model.printable.x_unprintable_fields__mutmut_30": (
        "a field that is not text is read as '' or 'XXXX': every font prints X, so neither"
        " is ever refused"
    ),
    "cartapp.pdf.kit.call_sheet.x__bigger_titles__mutmut_16": (
        "the parent style, the kit's title, is already PRIMARY"
    ),
    "cartapp.pdf.kit.checklist.x__rota__mutmut_111": (
        "the rota's columns add up to the frame's width: left, centre or right is one place"
    ),
    "cartapp.pdf.kit.checklist.x__rota__mutmut_72": (
        "align_start matters only for right-to-left text; the dates are written in the"
        " kit's language, and every shipped kit language writes them left to right"
    ),
    "cartapp.pdf.kit.log.x__table__mutmut_302": (
        "a bottom padding of 3 is ReportLab's own default for the column it leaves out"
    ),
    "cartapp.pdf.kit.x_build_kit_pdf__mutmut_57": (
        "the kit's frames are placed at MARGIN themselves: the template's own margins"
        " are never read"
    ),
    "cartapp.pdf.review_pack.x__render__mutmut_69": _FRAME_ID.replace("frame", "template"),
    "cartapp.pdf.sheet_sections.x_when_to_call__mutmut_140": (
        "the box is a one-column table: (+1, -1) and (-1, -1) both reach its only column"
    ),
    "cartapp.model.glossary.x_slug__mutmut_12": (
        "the word is lower-cased first: stripping 'X' as well as '-' strips nothing more"
    ),
    "cartapp.model.timeline_file.xǁ_Readerǁstep__mutmut_109": (
        "a trial value: only whether the template can be filled is kept, never the text"
    ),
    "cartapp.pdf.kit.checklist.x__rota__mutmut_106": (
        "the rota's columns add up to the frame's width: left, centre or right is one place"
    ),
    "cartapp.pdf.kit.log.x__table__mutmut_187": (
        "the log's columns add up to the frame's width: left, centre or right is one place"
    ),
    "cartapp.pdf.kit.log.x__table__mutmut_301": (
        "an unknown (lower-case) command is ignored, leaving ReportLab's own bottom padding:"
        " 3, the value it sets"
    ),
    "cartapp.pdf.review_body.xǁBodyWriterǁcallout__mutmut_119": (
        "the box is a one-row table: (-1, +1) and (-1, -1) both reach its only row"
    ),
    "cartapp.pdf.review_parts.x_sources__mutmut_11": (
        "every Source has a publisher field: the getattr default is never used"
    ),
    "cartapp.pdf.shaping.x__face_key__mutmut_5": _CODEC,
    "cartapp.pdf.sheet_fit.xǁEndMarkǁ__init____mutmut_1": (
        "the mark is read only after a build, which always draws it and sets the page"
    ),
}
