#pragma once
// What loading is told and what it tells back: the types at the bottom of the input layer, which every file of
// src/input/ and every caller of load_csv (coopstat/loader.hpp) uses.

#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "coopstat/error.hpp"
#include "coopstat/load_progress.hpp"
#include "coopstat/pairs.hpp"
#include "coopstat/partner_names.hpp"

namespace coopstat {

/// How many non-blank lines at the start of an input may be tried as its header, when --skip is not given.
inline constexpr std::size_t kHeaderSearchLines = 10;

/// What a column means to coopstat. The reporter comes after the partner: it takes a "country" column only when
/// another column is the partner (bilateral tables: country, partner, year…). The code is the partner's country
/// code (iso3), which identifies the partner before its name does.
enum class Role { partner, year, field, count, type, reporter, code };
inline constexpr std::size_t kRoleCount = 7;

/// A role's name, whether it is required, the flag that names its column and the header names it takes.
struct RoleInfo {
  Role role;
  std::string_view name;
  bool required;
  std::string_view flag;
  std::vector<std::string_view> aliases;  ///< in order of preference
};

/// The role table: one entry per Role, in enum order.
std::span<const RoleInfo> roles();
/// The entry for `role`.
const RoleInfo& role_info(Role role);

/// What to do with a row whose count is missing (empty, `NA`, `..`, `n/a`).
enum class MissingCounts { error, skip };

/// The order of day and month in dates such as 09/03/2016 (ISO dates, year first, are never in doubt).
enum class DateOrder {
  automatic,    ///< dotted dates day first; others whichever order names a real day (the year is the same)
  day_first,    ///< DD.MM.YYYY, DD/MM/YYYY, DD-MM-YYYY
  month_first,  ///< MM.DD.YYYY, MM/DD/YYYY, MM-DD-YYYY
};

/// How a file lays out its rows: one row per partner and year (long), or one row per partner with a column per
/// year (wide, as the World Bank and statistical offices publish).
enum class Shape { long_rows, wide };

/// How the digits of a count are written: the decimal mark, and the separator of groups of three digits (none: the
/// digits are not grouped). The default reads 1234.5.
struct NumberForm {
  char decimal = '.';             ///< '.' or ','
  std::optional<char> thousands;  ///< ',', '.', '\'' or ' ' (a space, also U+00A0 and U+202F); empty: no groups
  /// Whether this is the default form (point, no groups).
  [[nodiscard]] bool plain() const { return decimal == '.' && !thousands; }
};

/// How the encoding of an input was chosen.
enum class EncodingSource { by_default, byte_order_mark, flag };

/// A record's key for `check`: the record's line and a 128-bit hash of its cells in the key columns (two records
/// with equal cells have equal keys; two with different cells, by a chance of about 2^-128).
struct RecordKey {
  std::uint64_t line = 0;
  std::uint64_t hash = 0;
  std::uint64_t second_hash = 0;
};

/// How to read the input.
struct LoadOptions {
  /// Header names given with --partner-col, --year-col…, indexed by Role; empty = find by alias. With no_header,
  /// positions from 1 ("1", "2"…).
  std::array<std::string, kRoleCount> columns;
  /// --no-header: the first line is a row; columns are given by position (columns), and shown as "column 1"…
  bool no_header = false;
  /// The field separator; detected from the header line when not given.
  std::optional<char> delimiter;
  /// The sheet to read of a workbook (.xlsx, .ods): its name, or its number from 1; the first when not given.
  std::optional<std::string> sheet;
  /// The shape of every input; when not given, a header with no year column and several columns named by
  /// years is wide.
  std::optional<Shape> shape;
  /// Lines before the header to pass over (a title, notes); when not given, the header is the first of the
  /// first non-blank lines whose names give every required role (kHeaderSearchLines of them are tried).
  std::optional<std::size_t> skip_lines;
  /// The encoding of every input (an iconv name), from --encoding; when not given, a byte order mark chooses UTF-8
  /// or UTF-16, and UTF-8 without one.
  std::optional<std::string> encoding;
  /// How counts are written (--decimal, --thousands).
  NumberForm numbers;
  /// Go on past bad rows (each is reported), instead of stopping at the first.
  bool skip_bad_rows = false;
  /// How to read the day and month of a year column that holds dates.
  DateOrder date_order = DateOrder::automatic;
  /// Rows without a count: an error, or left out and counted. When not given: an error, except in a wide table,
  /// which has a cell for every year whether or not there is a value.
  std::optional<MissingCounts> missing;
  /// Go on past a file that cannot be read at all (no such file, no header, a missing column), reporting it:
  /// `check` wants every problem, not the first.
  bool skip_bad_files = false;
  /// With skip_bad_files, also report an input that could not be read (FileReport::failure), with what was seen
  /// before it failed: its header, or the lines tried as the header. For `columns`, which explains such an input.
  bool describe_failures = false;
  /// For `check`: keep the key of every record (FileReport::record_keys), made of its cells in these columns, or
  /// when the list is empty in every column but the count (and a wide table's year columns). Not kept when not
  /// given. Each input is then read by one thread.
  std::optional<std::vector<std::string>> record_keys;
  /// How partner names are resolved against the country table once the rows are in.
  PartnerNameOptions names;
  /// In a bilateral table, whether B reporting A is another pair than A reporting B, or the same (its mirror
  /// rows are then counted once).
  PairOrder pairs = PairOrder::ordered;
  /// Told how far loading has got, every 65,536 rows; nullptr: nobody is.
  LoadProgress* progress = nullptr;
  /// Threads that read one long-shaped input at once (0: one per core; 1: one reader). A regular file of
  /// parallel_min_bytes or more is split into a chunk a thread, read at offsets; any other input (standard input,
  /// a compressed file, an archive's member, a converted encoding, a smaller file…) is cut into pieces as it arrives, a
  /// thread reading each. Wide tables and inputs read for `check`'s record keys are read by one.
  unsigned threads = 0;
  /// The size from which a regular file is split at offsets (smaller ones start faster as a stream).
  std::uint64_t parallel_min_bytes = std::uint64_t{16} << 20;
  /// About how many bytes one csv.h reader reads: a split file's thread reads its chunk as pieces of this size, and a
  /// stream is cut into pieces of this size (more when one record is longer), one reader each, so that a reader's
  /// buffer holds a piece, not the 48 MiB it is allocated. A stream holds a piece a thread and one more in memory.
  std::uint64_t parallel_piece_bytes = std::uint64_t{8} << 20;
};

/// One header column and what coopstat made of it.
struct ColumnUse {
  std::string name;          ///< as the file spells it
  std::optional<Role> role;  ///< empty: ignored
  std::string how;           ///< the flag, alias or rule that gave the role, or why the column is ignored
};

/// A guess coopstat made about an input, which the user is told of: once on standard error, by `columns` and by
/// `check`. Naming the column or shape with its flag makes it no guess.
struct Assumption {
  std::string message;                ///< what was assumed and the flag that says otherwise
  std::optional<std::size_t> column;  ///< the header column it is about; empty when it is about the whole input
  bool doubtful = false;              ///< another reading is likely (a column of numbers that may be the count)
};

/// What became of each physical line of one input: every line is counted once, under one fate, so that the fates
/// add up to the input's lines (docs/data-format.md, "How every row is accounted for"). Messages, `check` and
/// `columns` are told from here and from RowFates.
struct LineFates {
  std::uint64_t header = 0;     ///< the header line (1 once found)
  std::uint64_t preamble = 0;   ///< non-blank lines before the header: a title, notes, the lines --skip passes over
  std::uint64_t blank = 0;      ///< empty, or spaces and tabs only, before the header or after it
  std::uint64_t joined = 0;     ///< the lines after the first of a record whose quoted field spans lines
  std::uint64_t kept = 0;       ///< lines whose row is in the table (a wide row: one of its year cells at least)
  std::uint64_t skipped = 0;    ///< bad rows left out (--skip-bad-rows)
  std::uint64_t missing = 0;    ///< rows left out for want of a count (a wide row: every cell missing)
  std::uint64_t aggregate = 0;  ///< rows of aggregates (World, regions…), excluded when names are resolved
  std::uint64_t mirror = 0;     ///< mirror rows of a bilateral table, left out when pairs are unordered

  /// The lines counted.
  [[nodiscard]] std::uint64_t total() const { return header + preamble + blank + joined + rows(); }
  /// The lines that held a row, kept or not.
  [[nodiscard]] std::uint64_t rows() const { return kept + left_out(); }
  /// The lines whose row is not in the table.
  [[nodiscard]] std::uint64_t left_out() const { return skipped + missing + aggregate + mirror; }
  /// Adds the fates of another part of the same input (a chunk read on another thread).
  void add(const LineFates& part);
};

/// What became of the rows one input's lines hold, as they are read: a long table's line is one row, a wide
/// table's line one row per year cell. A line's fate is the best of its rows' (LineFates); these are the rows.
/// Aggregates and mirrors left out afterwards are in LoadReport::names and LoadReport::pairs.
struct RowFates {
  std::uint64_t loaded = 0;   ///< rows put in the table
  std::uint64_t skipped = 0;  ///< bad rows left out (--skip-bad-rows)
  std::uint64_t missing = 0;  ///< rows (wide cells) left out for want of a count

  /// The rows read.
  [[nodiscard]] std::uint64_t total() const { return loaded + left_out(); }
  /// The rows read and not loaded.
  [[nodiscard]] std::uint64_t left_out() const { return skipped + missing; }
  /// Adds the rows of another part of the same input, or of another input.
  void add(const RowFates& part);
};

/// The lines on which rows were left out for want of a count, to name in messages: a wide row may miss several
/// years on one line, which counts once.
struct MissingLines {
  static constexpr std::size_t kListed = 5;
  std::uint64_t count = 0;           ///< lines with a missing count
  std::vector<std::uint64_t> first;  ///< the first kListed of them
  std::uint64_t last = 0;            ///< the latest of them, to count each line once (lines come in order)

  /// Counts a missing count at `line`.
  void add(std::uint64_t line);
  /// Adds the lines of a later part of the same input (a chunk read on another thread).
  void add(const MissingLines& later);
};

/// How one input was read and what became of its lines: for messages, `check` and `columns`.
struct FileReport {
  std::string name;
  /// The sheet read, when the input is a workbook (its name is then "FILE[SHEET]").
  std::optional<std::string> sheet;
  Shape shape = Shape::long_rows;
  char delimiter = ',';
  std::uint32_t header_line = 0;                  ///< with header_lines_tried, the first line tried; 0 with --no-header
  bool no_header = false;                         ///< --no-header: no header line, columns named by position
  std::vector<std::uint64_t> header_lines_tried;  ///< when no header was found: the lines tried as it
  std::optional<Error> failure;        ///< with LoadOptions::describe_failures: why the input was not read through
  std::vector<ColumnUse> columns;      ///< every header column, in order (the first line tried when none was found)
  std::vector<RecordKey> record_keys;  ///< with LoadOptions::record_keys: each record's, in line order
  bool delimiter_detected = false;     ///< the delimiter was not given with --delimiter
  std::string encoding = "UTF-8";      ///< the encoding its bytes were read in, as --encoding names it or a BOM says
  EncodingSource encoding_source = EncodingSource::by_default;
  NumberForm numbers;  ///< how its counts were read
  std::vector<Assumption> assumptions;
  LineFates lines;             ///< what became of each line
  RowFates rows;               ///< what became of each row
  MissingLines missing_lines;  ///< where rows without a count were
  std::string container;  ///< what the text was unpacked from, outermost first: "gzip", "zip", "xz, tar"; empty: none
  std::string member;     ///< the archive member read (`name` ends with ":MEMBER"); empty: none
};

/// What loading read and left out, so that nothing is dropped silently.
struct LoadReport {
  /// One per input read, in order.
  std::vector<FileReport> files;
  /// The first problems met (FILE:LINE and message each), skipped rows and skipped files alike.
  std::vector<Error> problems;
  static constexpr std::size_t kProblemsKept = 10000;
  /// How many problems there were, kept or not.
  std::size_t problem_count = 0;
  /// What resolving partner names merged, excluded and could not match.
  PartnerNameReport names;
  /// What counting unordered pairs once left out.
  PairReport pairs;
  /// Partners given two different codes by the code column (the first code counts): the first rows that differ.
  std::vector<Error> code_conflicts;

  /// Records a problem.
  void add(const Error& problem);
  /// The problems counted but not kept (beyond kProblemsKept).
  [[nodiscard]] std::size_t problems_not_kept() const { return problem_count - problems.size(); }
  /// The fates of every input's rows, added up.
  [[nodiscard]] RowFates rows() const;
};

/// Parses a delimiter given on the command line: a name (comma, semicolon, tab, pipe) or the character.
std::optional<char> parse_delimiter(std::string_view text);
/// The name of a delimiter coopstat reads: comma, semicolon, tab or pipe.
std::string_view delimiter_name(char delimiter);

/// An encoding named on the command line: `text` when iconv can read it into UTF-8, else a usage Error listing the
/// common encodings.
std::string parse_encoding(std::string_view text);
/// Throws a usage Error when `form` cannot be read: the decimal mark is the thousands separator.
void check_number_form(const NumberForm& form);

/// Every number form --decimal and --thousands can name, the default first, then those of one flag, then of two.
std::span<const NumberForm> number_forms();

/// How an encoding was chosen, for messages: "default", "byte order mark", "--encoding".
std::string_view encoding_source_name(EncodingSource source);
/// A number form as an example of it ("1234.5", "1.234,5", "1 234,5").
std::string number_form_example(const NumberForm& form);

/// The name of a shape: long or wide.
std::string_view shape_name(Shape shape);

}  // namespace coopstat
