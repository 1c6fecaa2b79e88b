#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/result.hpp"

namespace werkpad::documents {

// A printable document as plain data, and its rendering to PDF with cairo (PDF surface) and
// pango (text layout, line breaking, pagination). The templates (templates.hpp) build the model;
// RenderPdf lays it out on A4 pages. No I/O besides the fonts fontconfig finds; thread-safe
// (each call uses its own cairo surface and pango context).

// The institution's letterhead: printed at the top of the first page and in the footer.
struct Letterhead {
  std::string institution_name;
  std::vector<std::string> contact_lines;  // address, phone, e-mail, website (non-empty ones)
  std::string logo_png;                    // raw PNG bytes; empty: no logo
};

struct Block {
  enum class Kind {
    kHeading,    // a section heading
    kParagraph,  // running text; '\n' starts a new line
    kBullets,    // one bullet per item
    kFields,     // label: value rows
    kNote,       // small grey text (e.g. "Concept — niet ondertekend")
  };
  Kind kind = Kind::kParagraph;
  std::string text;                                         // heading, paragraph, note
  std::vector<std::string> items;                           // bullets
  std::vector<std::pair<std::string, std::string>> fields;  // fields
};

struct DocumentModel {
  std::string title;     // large, under the letterhead
  std::string subtitle;  // optional
  Letterhead letterhead;
  std::vector<Block> blocks;
  std::string footer;  // e.g. "Formulier 7 — versie 3 — sha256 ab12…"; page numbers are added
  std::string author;  // PDF metadata (the institution)
};

// Helpers for building models.
Block Heading(std::string text);
Block Paragraph(std::string text);
Block Bullets(std::vector<std::string> items);
Block Fields(std::vector<std::pair<std::string, std::string>> rows);
Block Note(std::string text);

// Whether `png` is a PNG image cairo can read (signature and full decode). kInvalidInput field
// "png" invalid_png otherwise.
core::Status CheckPng(std::string_view png);

// Renders the model as a PDF (A4, 2 cm margins, DejaVu Sans). Errors: kInvalidInput when the logo
// is not a readable PNG; kInternal when cairo fails.
core::Result<std::string> RenderPdf(const DocumentModel& model);

}  // namespace werkpad::documents
