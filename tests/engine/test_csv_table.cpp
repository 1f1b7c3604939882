// Unit tests of engine/csv_table: splitting, the refusals of CsvTable::parse with their messages
// and line numbers, reading from disk, and the checked conversions of a field to a number.
#include <catch2/catch.hpp>

#include <optional>
#include <string>

#include "engine/csv_table.hpp"
#include "engine/error.hpp"
#include "tests/support/temp_dir.hpp"

namespace {

using Catch::Matchers::Contains;
using Catch::Matchers::Equals;
using Catch::Matchers::StartsWith;
using lmsim::CsvTable;
using lmsim::InputError;
using lmsim::test::TempDir;
using lmsim::test::write_text;

// The InputError that parsing `text` throws; fails the test when parsing succeeds.
InputError parse_error(const std::string& text) {
  try {
    (void)CsvTable::parse(text, "t.csv");
  } catch (const InputError& error) {
    return error;
  }
  FAIL("CsvTable::parse accepted:\n" << text);
  throw std::logic_error("unreachable");
}

// The message of the InputError that `convert` throws for the single field `value`.
template <class Convert>
std::optional<std::string> conversion_error(const std::string& value, Convert convert) {
  const CsvTable table = CsvTable::parse("value\n" + value + "\n", "t.csv");
  try {
    (void)convert(table);
  } catch (const InputError& error) {
    return std::string(error.what());
  }
  return std::nullopt;
}

}  // namespace

TEST_CASE("CsvTable::parse splits a plain file into header and rows with their lines", "[engine]") {
  const CsvTable table = CsvTable::parse("a,b,c\n1,2,3\n\n  \n4, 5 ,\t6\n", "plain.csv");
  CHECK(table.file() == "plain.csv");
  REQUIRE(table.header() == std::vector<std::string>{"a", "b", "c"});
  REQUIRE(table.rows().size() == 2);
  CHECK(table.rows()[0].line == 2);
  CHECK(table.rows()[0].fields == std::vector<std::string>{"1", "2", "3"});
  // Blank lines are skipped but still counted; spaces and tabs around fields are trimmed.
  CHECK(table.rows()[1].line == 5);
  CHECK(table.rows()[1].fields == std::vector<std::string>{"4", "5", "6"});
  CHECK(table.column("b") == 1);
  CHECK(table.has_column("c"));
  CHECK_FALSE(table.has_column("d"));
  CHECK(table.text(1, 2) == "6");
}

TEST_CASE("CsvTable::parse accepts a UTF-8 byte-order mark and CRLF line ends", "[engine]") {
  const CsvTable table =
      CsvTable::parse("\xEF\xBB\xBFregion,value\r\nNL1,1.5\r\nNL2,2\r\n", "b.csv");
  REQUIRE(table.header() == std::vector<std::string>{"region", "value"});
  // The BOM is not part of the first column's name, and no '\r' is left on the last one.
  CHECK(table.column("region") == 0);
  CHECK(table.column("value") == 1);
  REQUIRE(table.rows().size() == 2);
  CHECK(table.text(0, 1) == "1.5");
  CHECK(table.number(1, 1) == 2.0);
  CHECK(table.rows()[1].line == 3);
}

TEST_CASE("CsvTable::parse refuses a file separated by semicolons", "[engine]") {
  const InputError error = parse_error("region;value\nNL1;1,5\n");
  CHECK(error.where().file == "t.csv");
  CHECK(error.where().line == 1);
  CHECK_THAT(error.what(), StartsWith("t.csv:1: the file is separated by ';'"));
  CHECK_THAT(error.what(), Contains("comma-separated"));
}

TEST_CASE("CsvTable::parse reads quoted fields with commas and doubled quotes", "[engine]") {
  const CsvTable table = CsvTable::parse(
      "code,name,note\n"
      "BRC12,\"Openbaar bestuur, veiligheid en juridische beroepen\",x\n"
      "A,\"12\"\" screen\",\"\"\"quoted\"\"\"\n"
      "B,\"\",\"a,b,,c\"\n",
      "t.csv");
  REQUIRE(table.rows().size() == 3);
  CHECK(table.text(0, 1) == "Openbaar bestuur, veiligheid en juridische beroepen");
  CHECK(table.text(0, 2) == "x");
  // A doubled quote is one quote, also at the start and end of the text.
  CHECK(table.text(1, 1) == "12\" screen");
  CHECK(table.text(1, 2) == "\"quoted\"");
  // An empty quoted field is empty; commas inside quotes separate nothing.
  CHECK(table.text(2, 1).empty());
  CHECK(table.text(2, 2) == "a,b,,c");
}

TEST_CASE("CsvTable::parse reads UTF-8 letters with diacritics, quoted or not", "[engine]") {
  // As scripts/derive_data.py writes CBS's names: quoted only where a comma is in them.
  const CsvTable table = CsvTable::parse(
      "code,name_nl\n"
      "BRC03,Commerci\xC3\xABle beroepen\n"
      "K,\"Financi\xC3\xABle dienstverlening, \xC3\xA9\xC3\xA9n \"\"sector\"\"\"\n",
      "t.csv");
  REQUIRE(table.rows().size() == 2);
  CHECK(table.text(0, 1) == "Commerci\xC3\xABle beroepen");
  CHECK(table.text(1, 1) == "Financi\xC3\xABle dienstverlening, \xC3\xA9\xC3\xA9n \"sector\"");
}

TEST_CASE("CsvTable::parse reads quoted header names and mixes quoted and plain fields",
          "[engine]") {
  const CsvTable table =
      CsvTable::parse("\"region\",value,\"note, free text\"\nAM01,\"1.5\", plain \n", "t.csv");
  REQUIRE(table.header() == std::vector<std::string>{"region", "value", "note, free text"});
  CHECK(table.column("note, free text") == 2);
  CHECK(table.rows()[0].fields == std::vector<std::string>{"AM01", "1.5", "plain"});
  // A quoted number is read as a number.
  CHECK(table.number(0, 1) == 1.5);
}

TEST_CASE("CsvTable::parse drops blanks around a quoted field and keeps those inside", "[engine]") {
  const CsvTable table = CsvTable::parse("a,b,c\n  \"x\" ,\t\" y \"\t,\"\"  \n", "t.csv");
  CHECK(table.rows()[0].fields == std::vector<std::string>{"x", " y ", ""});
}

TEST_CASE("CsvTable::parse reads quoted fields in a file with a byte-order mark and CRLF",
          "[engine]") {
  const CsvTable table = CsvTable::parse(
      "\xEF\xBB\xBF\"code\",\"name\"\r\nBRC12,\"Openbaar bestuur, veiligheid\"\r\n"
      "BRC13,\"ends in a quote\"\"\"\r\n",
      "t.csv");
  REQUIRE(table.header() == std::vector<std::string>{"code", "name"});
  REQUIRE(table.rows().size() == 2);
  // No '\r' is left after the closing quote, nor taken for text after it.
  CHECK(table.text(0, 1) == "Openbaar bestuur, veiligheid");
  CHECK(table.text(1, 1) == "ends in a quote\"");
  CHECK(table.rows()[1].line == 3);
}

TEST_CASE("CsvTable::parse keeps the line of each row with quoted fields before it", "[engine]") {
  const CsvTable table =
      CsvTable::parse("\"a\",b\n\"1,2\",\"3\"\"\"\n\n\"\",\"x,\"\"y\"\"\"\n4,5\n", "t.csv");
  REQUIRE(table.rows().size() == 3);
  CHECK(table.rows()[0].line == 2);
  CHECK(table.rows()[1].line == 4);
  CHECK(table.rows()[2].line == 5);
  CHECK_THROWS_WITH(table.number(1, 1),
                    "t.csv:4:2: b: 'x,\"y\"' is not a number (use '.' as decimal point, no "
                    "thousands separators or units)");
}

TEST_CASE("CsvTable::parse refuses a quote inside a field that does not start with one",
          "[engine]") {
  const InputError error = parse_error("name,size\nA,12\" screen\n");
  CHECK(error.where().line == 2);
  CHECK(error.where().column == 2);
  CHECK(error.where().key == "size");
  CHECK_THAT(error.what(),
             Equals("t.csv:2:2: size: a quote (\") in a field that does not start with one: "
                    "enclose the whole field in quotes and write each quote inside it twice "
                    "(\"\")"));
  // In the header the field has no column name.
  const InputError header = parse_error("name,si\"ze\nA,1\n");
  CHECK(header.where().line == 1);
  CHECK(header.where().column == 2);
  CHECK(header.where().key.empty());
}

TEST_CASE("CsvTable::parse refuses text after the closing quote of a field", "[engine]") {
  // The quote inside was not doubled; the comma inside the quotes does not count as a field.
  const InputError error = parse_error("code,name,n\nA,\"x, \"12\" screen\",1\n");
  CHECK(error.where().line == 2);
  CHECK(error.where().column == 2);
  CHECK(error.where().key == "name");
  CHECK_THAT(error.what(),
             Equals("t.csv:2:2: name: text after the closing quote of a quoted field: a quote "
                    "inside a quoted field must be written twice (\"\"), and the field must end "
                    "at its closing quote"));
  CHECK(parse_error("a,b\n1,\"2\" 3\n").where().column == 2);
  CHECK(parse_error("a,b\n\"1\"\"2\"x,3\n").where().column == 1);
}

TEST_CASE("CsvTable::parse refuses a quote not closed on its line, such as a line break",
          "[engine]") {
  const std::string message =
      "a quoted field is not closed on its line: add the closing quote (a field may not hold a "
      "line break; remove any line break inside the field)";
  SECTION("a line break inside a quoted field names the line where the field starts") {
    const InputError error = parse_error("code,name,n\nA,1,2\nB,\"two\nlines\",3\n");
    CHECK(error.where().line == 3);
    CHECK(error.where().column == 2);
    CHECK(error.where().key == "name");
    CHECK_THAT(error.what(), Equals("t.csv:3:2: name: " + message));
  }
  SECTION("at the end of the file") {
    const InputError error = parse_error("a,b\n1,\"2");
    CHECK(error.where().line == 2);
    CHECK(error.where().column == 2);
    CHECK_THAT(error.what(), Equals("t.csv:2:2: b: " + message));
  }
  SECTION("with CRLF line ends, and a doubled quote at the end is no closing quote") {
    CHECK(parse_error("a,b\r\n1,\"2\"\"\r\n").where().column == 2);
  }
  SECTION("in the header") {
    const InputError error = parse_error("\"a,b\n1,2\n");
    CHECK(error.where().line == 1);
    CHECK(error.where().column == 1);
    CHECK(error.where().key.empty());
  }
}

TEST_CASE("CsvTable::parse counts fields past quoted commas when it names a bad byte", "[engine]") {
  using namespace std::string_literals;
  const InputError latin1 = parse_error("code,name,note\nA,\"Frysl\xE2n, NL\",x\n");
  CHECK(latin1.where().column == 2);
  CHECK(latin1.where().key == "name");
  const InputError nul = parse_error("code,\"name, full\",note\nA,\"x,y\",1\0\n"s);
  CHECK(nul.where().column == 3);
  CHECK(nul.where().key == "note");
}

TEST_CASE("CsvTable::parse refuses a semicolon file whose fields are quoted", "[engine]") {
  CHECK_THAT(parse_error("\"region\";\"name\"\nAM01;\"a;b\"\n").what(),
             StartsWith("t.csv:1: the file is separated by ';'"));
}

TEST_CASE("CsvTable::parse refuses a row whose field count differs from the header", "[engine]") {
  SECTION("too many fields, as a comma decimal gives") {
    const InputError error = parse_error("a,b\n1,2\n3,4,5\n");
    CHECK(error.where().line == 3);
    CHECK_THAT(error.what(), StartsWith("t.csv:3: row has 3 fields but the header has 2"));
    CHECK_THAT(error.what(), Contains("decimal separator"));
  }
  SECTION("too few fields") {
    const InputError error = parse_error("a,b,c\n1,2\n");
    CHECK(error.where().line == 2);
    CHECK_THAT(error.what(), StartsWith("t.csv:2: row has 2 fields but the header has 3"));
  }
}

TEST_CASE("CsvTable::parse refuses empty and header-only files", "[engine]") {
  SECTION("empty") {
    const InputError error = parse_error("");
    CHECK(error.where().line == 0);
    CHECK_THAT(error.what(), Equals("t.csv: file is empty"));
  }
  SECTION("only blank lines and a byte-order mark") {
    CHECK_THAT(parse_error("\xEF\xBB\xBF\r\n  \n").what(), Equals("t.csv: file is empty"));
  }
  SECTION("header only") {
    const InputError error = parse_error("a,b\n");
    CHECK(error.where().line == 1);
    CHECK_THAT(error.what(), Equals("t.csv:1: file has a header but no data rows"));
  }
}

TEST_CASE("CsvTable::parse refuses empty and repeated column names", "[engine]") {
  const InputError empty = parse_error("a,,c\n1,2,3\n");
  CHECK(empty.where().line == 1);
  CHECK(empty.where().column == 2);
  CHECK_THAT(empty.what(), Contains("empty column name in header"));

  const InputError twice = parse_error("a,b,a\n1,2,3\n");
  CHECK(twice.where().column == 3);
  CHECK(twice.where().key == "a");
  CHECK_THAT(twice.what(), Equals("t.csv:1:3: a: column name appears twice in the header"));
}

TEST_CASE("CsvTable names the header line when blank lines precede it", "[engine]") {
  // The header is on line 3 here; messages about the header should say line 3, not line 1.
  const InputError header_only = parse_error("\n\na,b\n");
  CHECK(header_only.where().line == 3);
  const CsvTable table = CsvTable::parse("\n\na,b\n1,2\n", "t.csv");
  try {
    (void)table.column("c");
    FAIL("missing column accepted");
  } catch (const InputError& error) {
    CHECK(error.where().line == 3);
  }
}

TEST_CASE("CsvTable::column refuses a missing column, naming it", "[engine]") {
  const CsvTable table = CsvTable::parse("a,b\n1,2\n", "t.csv");
  try {
    (void)table.column("region");
    FAIL("missing column accepted");
  } catch (const InputError& error) {
    CHECK(error.where().key == "region");
    CHECK(error.where().line == 1);
    CHECK_THAT(error.what(), Equals("t.csv:1: region: required column is missing from the header"));
  }
}

TEST_CASE("CsvTable::read reads a file and refuses a missing one", "[engine]") {
  TempDir folder;
  const auto file = folder / "table.csv";
  write_text(file, "x,y\n1,2\n");
  const CsvTable table = CsvTable::read(file);
  CHECK(table.file() == file.string());
  CHECK(table.integer(0, 1) == 2);

  try {
    (void)CsvTable::read(folder / "absent.csv");
    FAIL("missing file accepted");
  } catch (const InputError& error) {
    CHECK(error.where().file == (folder / "absent.csv").string());
    CHECK_THAT(error.what(), Contains("file not found"));
  }
}

TEST_CASE("CsvTable::location and fail name file, line, column and key", "[engine]") {
  const CsvTable table = CsvTable::parse("a,b\n\n1,2\n", "t.csv");
  const lmsim::SourceLocation where = table.location(0, 1);
  CHECK(where.file == "t.csv");
  CHECK(where.line == 3);
  CHECK(where.column == 2);
  CHECK(where.key == "b");
  CHECK_THROWS_WITH(table.fail(0, 1, "bad"), "t.csv:3:2: b: bad");
  CHECK_THROWS_WITH(table.fail_file("whole file bad"), "t.csv: whole file bad");
}

TEST_CASE("CsvTable::number accepts finite numbers with '.' as decimal point", "[engine]") {
  const CsvTable table = CsvTable::parse("v\n1.25\n-3\n+5\n1e3\n0\n", "t.csv");
  CHECK(table.number(0, 0) == 1.25);
  CHECK(table.number(1, 0) == -3.0);
  CHECK(table.number(2, 0) == 5.0);
  CHECK(table.number(3, 0) == 1000.0);
  CHECK(table.number(4, 0) == 0.0);
}

TEST_CASE("CsvTable::number refuses NaN, infinities, text, units and comma decimals", "[engine]") {
  const auto number = [](const CsvTable& t) { return t.number(0, 0); };
  for (const std::string value : {"nan", "NaN", "inf", "-inf", "infinity"}) {
    INFO(value);
    const auto message = conversion_error(value, number);
    REQUIRE(message.has_value());
    CHECK_THAT(*message, Contains("is not a finite number"));
    CHECK_THAT(*message, StartsWith("t.csv:2:1: value: '" + value + "'"));
  }
  for (const std::string value : {"abc", "12%", "1.5 fte", "1.000.000", "1e999", "+", "-"}) {
    INFO(value);
    const auto message = conversion_error(value, number);
    REQUIRE(message.has_value());
    CHECK_THAT(*message, Contains("is not a number"));
  }
  // A comma decimal splits the field, so the row is refused for its field count.
  CHECK_THAT(parse_error("value\n1,5\n").what(),
             StartsWith("t.csv:2: row has 2 fields but the header has 1"));
  // An empty field is refused too.
  const auto empty = CsvTable::parse("a,value\nx,\n", "t.csv");
  CHECK_THROWS_WITH(empty.number(0, 1), Contains("empty value where a number is expected"));
}

TEST_CASE("CsvTable::non_negative refuses negative values and accepts zero", "[engine]") {
  const CsvTable table = CsvTable::parse("v\n0\n-0.5\n2.5\n", "t.csv");
  CHECK(table.non_negative(0, 0) == 0.0);
  CHECK(table.non_negative(2, 0) == 2.5);
  CHECK_THROWS_WITH(table.non_negative(1, 0), "t.csv:3:1: v: negative value -0.5 is not allowed");
  CHECK_THROWS_AS(table.non_negative(1, 0), InputError);
}

TEST_CASE("CsvTable::integer accepts a leading '+' and refuses non-whole values", "[engine]") {
  const CsvTable table = CsvTable::parse("v\n+5\n-7\n42\n", "t.csv");
  CHECK(table.integer(0, 0) == 5);
  CHECK(table.integer(1, 0) == -7);
  CHECK(table.integer(2, 0) == 42);
  const auto integer = [](const CsvTable& t) { return t.integer(0, 0); };
  for (const std::string value : {"5.0", "1e3", "abc", "+", "99999999999999999999999"}) {
    INFO(value);
    const auto message = conversion_error(value, integer);
    REQUIRE(message.has_value());
    CHECK_THAT(*message, Equals("t.csv:2:1: value: '" + value + "' is not a whole number"));
  }
  const auto empty = CsvTable::parse("a,v\nx,\n", "t.csv");
  CHECK_THROWS_WITH(empty.integer(0, 1), Contains("'' is not a whole number"));
}

TEST_CASE("CsvTable::number and integer refuse a doubled sign such as '+-5'", "[engine]") {
  // Skipping a leading '+' before std::from_chars lets "+-5" through as -5.
  CHECK(conversion_error("+-5", [](const CsvTable& t) { return t.number(0, 0); }).has_value());
  CHECK(conversion_error("+-5", [](const CsvTable& t) { return t.integer(0, 0); }).has_value());
}

TEST_CASE("CsvTable::parse refuses text that is not UTF-8, naming line, field and the text before",
          "[engine]") {
  // Fryslân as Latin-1 or Windows-1252 saves it: 'â' is the single byte 0xE2.
  const InputError latin1 = parse_error("code,name\nAM01,Groningen\nAM02,Frysl\xE2n\n");
  CHECK(latin1.where().line == 3);
  CHECK(latin1.where().column == 2);
  CHECK_THAT(
      latin1.what(),
      Equals("t.csv:3:2: name: text that is not UTF-8 after 'Frysl' (byte 0xE2; the file is in "
             "another encoding, such as Latin-1 or Windows-1252): save the file as UTF-8"));
  // In the header itself a byte has no column name to go with it.
  CHECK(parse_error("code,na\xE9me\nAM01,x\n").where().key.empty());
  // Every malformed form of RFC 3629: a stray continuation byte, a sequence cut short, an
  // overlong form, a surrogate, a code point past U+10FFFF and bytes that never occur.
  for (const std::string bad : {"\x80", "\xE2\x82", "\xC0\xAF", "\xE0\x80\xAF", "\xED\xA0\x80",
                                "\xF4\x90\x80\x80", "\xFF"}) {
    INFO("bytes of length " << bad.size());
    const InputError error = parse_error("name\nx" + bad + "\n");
    CHECK(error.where().line == 2);
    CHECK_THAT(error.what(), Contains("is not UTF-8 after 'x'"));
  }
}

TEST_CASE("CsvTable::parse accepts UTF-8 text of every sequence length", "[engine]") {
  // Fryslân (2 bytes), the euro sign (3) and an emoji (4).
  const CsvTable table =
      CsvTable::parse("name,note\nFrysl\xC3\xA2n,\xE2\x82\xAC 5 \xF0\x9F\x98\x80\n", "t.csv");
  CHECK(table.text(0, 0) == "Frysl\xC3\xA2n");
  CHECK(table.text(0, 1) == "\xE2\x82\xAC 5 \xF0\x9F\x98\x80");
}

TEST_CASE("CsvTable::parse says so when lines end in CR alone or the file is UTF-16", "[engine]") {
  using namespace std::string_literals;
  SECTION("old Mac line ends: the whole file would be one header line") {
    const InputError error = parse_error("region,value\rNL1,1\rNL2,2\r");
    CHECK(error.where().line == 1);
    CHECK_THAT(error.what(), StartsWith("t.csv:1: a line ends in CR alone (old Mac line ends"));
  }
  SECTION("a CR alone after CRLF lines names its line") {
    CHECK(parse_error("a,b\r\n1,2\r\n3,4\r5,6\r\n").where().line == 3);
  }
  SECTION("UTF-16 with a byte-order mark, little- and big-endian") {
    for (const std::string& bom : {"\xFF\xFE"s, "\xFE\xFF"s}) {
      const InputError error = parse_error(bom + "a\0,\0b\0\n\0001\0,\0002\0\n\0"s);
      CHECK(error.where().line == 0);
      CHECK_THAT(error.what(), StartsWith("t.csv: the file is UTF-16 text"));
      CHECK_THAT(error.what(), Contains("save it as CSV in UTF-8"));
    }
  }
  SECTION("UTF-16 without a byte-order mark") {
    CHECK_THAT(parse_error("a\0,\0b\0\n\0"s).what(), StartsWith("t.csv: the file is UTF-16"));
    CHECK_THAT(parse_error("\0a\0,\0b\0\n"s).what(), StartsWith("t.csv: the file is UTF-16"));
  }
}

TEST_CASE("CsvTable::parse refuses a NUL byte with its line and column, and the message is whole",
          "[engine]") {
  using namespace std::string_literals;
  // A message is printed as a C string: a NUL quoted in it (as "'12\0x' is not a number" did)
  // would end it mid-word. The message names the place instead of quoting the byte.
  const InputError error = parse_error("region,persons\nAM01,12\0x\nAM02,3\n"s);
  CHECK(error.where().line == 2);
  CHECK(error.where().column == 2);
  CHECK(error.where().key == "persons");
  CHECK_THAT(error.what(),
             Equals("t.csv:2:2: persons: the file holds a NUL byte (a zero byte) in this "
                    "field: is it a binary file? Save the data as CSV UTF-8 text"));
  SECTION("a NUL in the header names no column") {
    const InputError header = parse_error("region,per\0sons\nAM01,1\n"s);
    CHECK(header.where().line == 1);
    CHECK(header.where().column == 2);
    CHECK(header.where().key.empty());
  }
}

TEST_CASE("CsvTable::parse says that an Excel workbook saved as .csv is not CSV text", "[engine]") {
  using namespace std::string_literals;
  // An .xlsx is a ZIP archive (and holds CR bytes that are no line ends); an .xls is an OLE2 file.
  const std::string xlsx = "PK\x03\x04\x14\0\x06\0\x08\0\0\0!\0\r\xA0\x91\xFF[Content_Types].xml"s;
  const std::string xls = "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\0\0\0\0\r\n\xFE\xFF"s;
  for (const std::string& workbook : {xlsx, xls}) {
    const InputError error = parse_error(workbook);
    CHECK(error.where().line == 0);
    CHECK_THAT(error.what(),
               Equals("t.csv: this is an Excel workbook (xlsx/xls, or another spreadsheet saved "
                      "as a ZIP archive, such as ods), not CSV text: save it as CSV UTF-8 (comma "
                      "delimited)"));
  }
}
