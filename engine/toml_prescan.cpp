#include "engine/toml_prescan.hpp"

#include <vector>

#include "engine/error.hpp"

namespace lmsim {
namespace {

// What the scan expects next, as far as nesting is concerned.
enum class Expect {
  kLineStart,  // a header, a key or nothing (top level, start of a line)
  kKey,        // a key, its parts separated by dots, up to '='
  kValue,      // a value after '=' or inside an array
  kRest,       // after a value or header: ',' or a closing bracket or the end of the line
};

// An open inline table or array, with the depth of what is written directly inside it.
struct Frame {
  bool array = false;
  int depth = 0;
};

class TomlPrescanner {
 public:
  TomlPrescanner(std::string_view text, const std::string& file) : text_(text), file_(file) {}

  void scan() {
    if (text_.substr(0, 3) == "\xEF\xBB\xBF") pos_ = 3;  // a byte-order mark, as toml++ skips it
    while (pos_ < text_.size()) step();
  }

 private:
  std::string_view text_;
  const std::string& file_;
  std::size_t pos_ = 0;
  long line_ = 1;
  long column_ = 1;
  Expect expect_ = Expect::kLineStart;
  int header_depth_ = 0;  // parts of the last [table] header
  int key_depth_ = 0;     // depth reached by the key being read
  int value_depth_ = 0;   // depth of the value being read
  std::vector<Frame> open_;

  char peek(std::size_t ahead = 0) const {
    return pos_ + ahead < text_.size() ? text_[pos_ + ahead] : '\0';
  }

  void advance() {
    const char c = text_[pos_++];
    if (c == '\n') {
      ++line_;
      column_ = 1;
    } else if ((static_cast<unsigned char>(c) & 0xC0) != 0x80) {
      ++column_;  // columns count characters, not the continuation bytes of UTF-8
    }
  }

  // A step over text that is neither string nor comment, where TOML allows ASCII only.
  void advance_outside_strings() {
    if (static_cast<unsigned char>(peek()) >= 0x80) {
      throw InputError({file_, line_, column_, ""},
                       "a character outside ASCII outside quotes; TOML allows such characters "
                       "only in strings (\"...\") and comments");
    }
    advance();
  }

  int enclosing_depth() const { return open_.empty() ? header_depth_ : open_.back().depth; }

  // A key part, or a bracket, at `depth`: refused past the limit, where it was written.
  void require_depth(int depth, long line, long column) const {
    if (depth <= kMaxTomlDepth) return;
    throw InputError({file_, line, column, ""},
                     "tables, dotted keys, arrays and inline tables are nested more than " +
                         std::to_string(kMaxTomlDepth) + " levels deep here; lmsim reads at most " +
                         std::to_string(kMaxTomlDepth));
  }

  static bool ends_bare_text(char c) {
    switch (c) {
      case ' ':
      case '\t':
      case '\r':
      case '\n':
      case '.':
      case '=':
      case '"':
      case '\'':
      case '#':
      case ',':
      case '[':
      case ']':
      case '{':
      case '}':
        return true;
      default:
        return false;
    }
  }

  void skip_comment() {
    while (pos_ < text_.size() && peek() != '\n') advance();
  }

  // A string of any of the four kinds, from its opening quote. A single-line string ends at the
  // end of its line at the latest (toml++ refuses it there).
  void skip_string() {
    const char quote = peek();
    const bool escapes = quote == '"';
    if (peek(1) == quote && peek(2) == quote) {
      for (int i = 0; i < 3; ++i) advance();
      while (pos_ < text_.size()) {
        if (escapes && peek() == '\\') {
          advance();
          if (pos_ < text_.size()) advance();
        } else if (peek() == quote && peek(1) == quote && peek(2) == quote) {
          for (int i = 0; i < 3; ++i) advance();
          // Up to two more quotes belong to the text: """a"""" ends in a" .
          for (int i = 0; i < 2 && peek() == quote; ++i) advance();
          return;
        } else {
          advance();
        }
      }
      return;
    }
    advance();
    while (pos_ < text_.size() && peek() != '\n') {
      if (escapes && peek() == '\\') {
        advance();
        if (pos_ < text_.size() && peek() != '\n') advance();
      } else if (peek() == quote) {
        advance();
        return;
      } else {
        advance();
      }
    }
  }

  // One part of a key (bare or quoted), one level deeper than the last.
  void key_part(int& depth) {
    require_depth(++depth, line_, column_);
    if (peek() == '"' || peek() == '\'') {
      skip_string();
      return;
    }
    advance_outside_strings();  // at least one character, so that the scan always moves on
    while (pos_ < text_.size() && !ends_bare_text(peek())) advance_outside_strings();
  }

  // [a.b] or [[a.b]], from its first bracket.
  void header() {
    advance();
    if (peek() == '[') advance();
    int depth = 0;
    while (pos_ < text_.size()) {
      const char c = peek();
      if (c == '\n' || c == '#') break;
      if (c == ']') {
        advance();
        if (peek() == ']') advance();
        break;
      }
      if (c == ' ' || c == '\t' || c == '\r' || c == '.') {
        advance();
      } else {
        key_part(depth);
      }
    }
    header_depth_ = depth;
    expect_ = Expect::kRest;
  }

  void open_container(bool array) {
    const int depth = array ? value_depth_ + 1 : value_depth_;
    if (array) require_depth(depth, line_, column_);
    advance();
    open_.push_back({array, depth});
    if (array) {
      value_depth_ = depth;
      expect_ = Expect::kValue;
    } else {
      key_depth_ = depth;
      expect_ = Expect::kKey;
    }
  }

  // ']' or '}': closes the innermost container when it is of that kind.
  void close_container(bool array) {
    advance();
    if (!open_.empty() && open_.back().array == array) open_.pop_back();
    expect_ = Expect::kRest;
  }

  void after_comma() {
    advance();
    if (open_.empty()) return;
    if (open_.back().array) {
      value_depth_ = open_.back().depth;
      expect_ = Expect::kValue;
    } else {
      key_depth_ = open_.back().depth;
      expect_ = Expect::kKey;
    }
  }

  void step() {
    const char c = peek();
    if (c == '\n') {
      advance();
      if (open_.empty()) expect_ = Expect::kLineStart;
      return;
    }
    if (c == ' ' || c == '\t' || c == '\r') return advance();
    if (c == '#') return skip_comment();
    switch (expect_) {
      case Expect::kLineStart:
        if (c == '[') return header();
        key_depth_ = header_depth_;
        expect_ = Expect::kKey;
        return key_part(key_depth_);
      case Expect::kKey:
        if (c == '=') {
          advance();
          value_depth_ = key_depth_;
          expect_ = Expect::kValue;
          return;
        }
        if (c == '}') return close_container(false);
        if (c == '.') return advance();
        return key_part(key_depth_);
      case Expect::kValue:
        if (c == '"' || c == '\'') {
          skip_string();
          expect_ = Expect::kRest;
          return;
        }
        if (c == '[' || c == '{') return open_container(c == '[');
        if (c == ']' || c == '}') return close_container(c == ']');
        if (c == ',') return after_comma();
        advance_outside_strings();  // a number, date, true or false
        while (pos_ < text_.size() && !ends_bare_text(peek())) advance_outside_strings();
        expect_ = Expect::kRest;
        return;
      case Expect::kRest:
        if (c == ',') return after_comma();
        if (c == ']' || c == '}') return close_container(c == ']');
        if (c == '"' || c == '\'') return skip_string();
        return advance_outside_strings();  // not TOML: toml++ refuses it
    }
  }
};

}  // namespace

void prescan_toml(std::string_view text, const std::string& file) {
  TomlPrescanner(text, file).scan();
}

}  // namespace lmsim
