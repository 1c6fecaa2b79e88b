#include "documents/pdf.hpp"

#include <cairo-pdf.h>
#include <cairo.h>
#include <pango/pangocairo.h>

#include <algorithm>
#include <memory>
#include <string_view>

namespace werkpad::documents {

Block Heading(std::string text) { return {Block::Kind::kHeading, std::move(text), {}, {}}; }
Block Paragraph(std::string text) { return {Block::Kind::kParagraph, std::move(text), {}, {}}; }
Block Bullets(std::vector<std::string> items) {
  return {Block::Kind::kBullets, {}, std::move(items), {}};
}
Block Fields(std::vector<std::pair<std::string, std::string>> rows) {
  return {Block::Kind::kFields, {}, {}, std::move(rows)};
}
Block Note(std::string text) { return {Block::Kind::kNote, std::move(text), {}, {}}; }

namespace {

// A4 in PostScript points.
constexpr double kPageWidth = 595.28;
constexpr double kPageHeight = 841.89;
constexpr double kMargin = 56.69;  // 2 cm
constexpr double kFooterSpace = 28.0;
constexpr double kContentWidth = kPageWidth - 2 * kMargin;
constexpr double kBottom = kPageHeight - kMargin - kFooterSpace;
constexpr double kLogoMaxHeight = 48.0;
constexpr double kLogoMaxWidth = 160.0;

struct SurfaceDeleter {
  void operator()(cairo_surface_t* s) const { cairo_surface_destroy(s); }
};
struct CairoDeleter {
  void operator()(cairo_t* c) const { cairo_destroy(c); }
};
struct GObjectDeleter {
  void operator()(void* o) const { g_object_unref(o); }
};
struct FontDeleter {
  void operator()(PangoFontDescription* f) const { pango_font_description_free(f); }
};
using Surface = std::unique_ptr<cairo_surface_t, SurfaceDeleter>;
using Cairo = std::unique_ptr<cairo_t, CairoDeleter>;
using Layout = std::unique_ptr<PangoLayout, GObjectDeleter>;
using Font = std::unique_ptr<PangoFontDescription, FontDeleter>;

cairo_status_t AppendToString(void* closure, const unsigned char* data, unsigned int length) {
  static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
  return CAIRO_STATUS_SUCCESS;
}

struct PngReader {
  std::string_view bytes;
  std::size_t pos = 0;
};

cairo_status_t ReadFromString(void* closure, unsigned char* data, unsigned int length) {
  auto* r = static_cast<PngReader*>(closure);
  if (r->bytes.size() - r->pos < length) return CAIRO_STATUS_READ_ERROR;
  std::copy_n(r->bytes.data() + r->pos, length, data);
  r->pos += length;
  return CAIRO_STATUS_SUCCESS;
}

// Lays out text in a column, adding pages as needed. Not thread-safe; one per render.
class Writer {
 public:
  Writer(cairo_t* cr, std::string footer) : cr_(cr), footer_(std::move(footer)) {}

  double y() const { return y_; }
  void set_y(double y) { y_ = y; }
  int page() const { return page_; }

  void Space(double points) { y_ += points; }

  // Writes `text` at x offset `indent` with the font; breaks pages between lines.
  void Text(std::string_view text, const char* font, double indent = 0, double grey = 0.0,
            double width = kContentWidth) {
    Layout layout(pango_cairo_create_layout(cr_));
    Font desc(pango_font_description_from_string(font));
    pango_layout_set_font_description(layout.get(), desc.get());
    pango_layout_set_width(layout.get(), static_cast<int>((width - indent) * PANGO_SCALE));
    pango_layout_set_wrap(layout.get(), PANGO_WRAP_WORD_CHAR);
    pango_layout_set_text(layout.get(), text.data(), static_cast<int>(text.size()));
    PangoLayoutIter* iter = pango_layout_get_iter(layout.get());
    do {
      PangoRectangle logical;
      pango_layout_iter_get_line_extents(iter, nullptr, &logical);
      const double height = static_cast<double>(logical.height) / PANGO_SCALE;
      const double baseline_offset =
          static_cast<double>(pango_layout_iter_get_baseline(iter) - logical.y) / PANGO_SCALE;
      if (y_ + height > kBottom) NewPage();
      PangoLayoutLine* line = pango_layout_iter_get_line_readonly(iter);
      cairo_set_source_rgb(cr_, grey, grey, grey);
      cairo_move_to(cr_, kMargin + indent, y_ + baseline_offset);
      pango_cairo_show_layout_line(cr_, line);
      y_ += height;
    } while (pango_layout_iter_next_line(iter));
    pango_layout_iter_free(iter);
    cairo_set_source_rgb(cr_, 0, 0, 0);
  }

  // Height the text would take (for keeping a heading with its first line).
  double Measure(std::string_view text, const char* font, double width = kContentWidth) {
    Layout layout(pango_cairo_create_layout(cr_));
    Font desc(pango_font_description_from_string(font));
    pango_layout_set_font_description(layout.get(), desc.get());
    pango_layout_set_width(layout.get(), static_cast<int>(width * PANGO_SCALE));
    pango_layout_set_wrap(layout.get(), PANGO_WRAP_WORD_CHAR);
    pango_layout_set_text(layout.get(), text.data(), static_cast<int>(text.size()));
    int w = 0, h = 0;
    pango_layout_get_size(layout.get(), &w, &h);
    return static_cast<double>(h) / PANGO_SCALE;
  }

  void NeedSpace(double points) {
    if (y_ + points > kBottom) NewPage();
  }

  void NewPage() {
    FinishPage();
    ++page_;
    y_ = kMargin;
  }

  // Draws the footer ("<footer> · pagina N") and emits the page.
  void FinishPage() {
    const std::string text =
        (footer_.empty() ? std::string() : footer_ + "  ·  ") + "pagina " + std::to_string(page_);
    Layout layout(pango_cairo_create_layout(cr_));
    Font desc(pango_font_description_from_string("DejaVu Sans 7.5"));
    pango_layout_set_font_description(layout.get(), desc.get());
    pango_layout_set_width(layout.get(), static_cast<int>(kContentWidth * PANGO_SCALE));
    pango_layout_set_ellipsize(layout.get(), PANGO_ELLIPSIZE_MIDDLE);
    pango_layout_set_text(layout.get(), text.data(), static_cast<int>(text.size()));
    cairo_set_source_rgb(cr_, 0.4, 0.4, 0.4);
    cairo_move_to(cr_, kMargin, kPageHeight - kMargin);
    pango_cairo_show_layout(cr_, layout.get());
    cairo_set_source_rgb(cr_, 0, 0, 0);
    cairo_show_page(cr_);
  }

 private:
  cairo_t* cr_;
  std::string footer_;
  double y_ = kMargin;
  int page_ = 1;
};

}  // namespace

core::Status CheckPng(std::string_view png) {
  static constexpr std::string_view kSignature("\x89PNG\r\n\x1a\n", 8);
  if (png.substr(0, kSignature.size()) != kSignature) {
    return core::Error::Invalid("not a PNG image", {{"png", "invalid_png", "not a PNG image"}});
  }
  PngReader reader{png, 0};
  Surface image(cairo_image_surface_create_from_png_stream(ReadFromString, &reader));
  if (cairo_surface_status(image.get()) != CAIRO_STATUS_SUCCESS) {
    return core::Error::Invalid("the PNG image cannot be read",
                                {{"png", "invalid_png", "the PNG image cannot be read"}});
  }
  return core::Ok();
}

core::Result<std::string> RenderPdf(const DocumentModel& model) {
  std::string out;
  out.reserve(64 * 1024);
  Surface surface(
      cairo_pdf_surface_create_for_stream(AppendToString, &out, kPageWidth, kPageHeight));
  if (cairo_surface_status(surface.get()) != CAIRO_STATUS_SUCCESS) {
    return core::Error::Internal("cannot create the PDF surface");
  }
  cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_TITLE, model.title.c_str());
  if (!model.author.empty()) {
    cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_AUTHOR, model.author.c_str());
  }
  cairo_pdf_surface_set_metadata(surface.get(), CAIRO_PDF_METADATA_CREATOR, "werkpad");

  // The logo first: an unreadable PNG is the caller's error, before anything is drawn.
  Surface logo;
  if (!model.letterhead.logo_png.empty()) {
    PngReader reader{model.letterhead.logo_png, 0};
    logo.reset(cairo_image_surface_create_from_png_stream(ReadFromString, &reader));
    if (cairo_surface_status(logo.get()) != CAIRO_STATUS_SUCCESS) {
      return core::Error::Invalid("the logo is not a readable PNG image",
                                  {{"logo", "invalid_png", "not a readable PNG image"}});
    }
  }

  Cairo cr(cairo_create(surface.get()));
  Writer w(cr.get(), model.footer);

  // Letterhead: logo on the right, institution name and contact lines on the left.
  double head_bottom = kMargin;
  if (logo) {
    const double lw = cairo_image_surface_get_width(logo.get());
    const double lh = cairo_image_surface_get_height(logo.get());
    const double scale = std::min({kLogoMaxHeight / lh, kLogoMaxWidth / lw, 1.0});
    cairo_save(cr.get());
    cairo_translate(cr.get(), kPageWidth - kMargin - lw * scale, kMargin);
    cairo_scale(cr.get(), scale, scale);
    cairo_set_source_surface(cr.get(), logo.get(), 0, 0);
    cairo_paint(cr.get());
    cairo_restore(cr.get());
    head_bottom = kMargin + lh * scale;
  }
  const Letterhead& lh = model.letterhead;
  if (!lh.institution_name.empty()) {
    w.Text(lh.institution_name, "DejaVu Sans Bold 11", 0, 0.0, kContentWidth - kLogoMaxWidth);
  }
  for (const auto& line : lh.contact_lines) {
    w.Text(line, "DejaVu Sans 8.5", 0, 0.3, kContentWidth - kLogoMaxWidth);
  }
  w.set_y(std::max(w.y(), head_bottom) + 10);
  cairo_set_source_rgb(cr.get(), 0.6, 0.6, 0.6);
  cairo_set_line_width(cr.get(), 0.6);
  cairo_move_to(cr.get(), kMargin, w.y());
  cairo_line_to(cr.get(), kPageWidth - kMargin, w.y());
  cairo_stroke(cr.get());
  cairo_set_source_rgb(cr.get(), 0, 0, 0);
  w.Space(16);

  w.Text(model.title, "DejaVu Sans Bold 16");
  if (!model.subtitle.empty()) {
    w.Space(2);
    w.Text(model.subtitle, "DejaVu Sans 10", 0, 0.25);
  }
  w.Space(10);

  for (const Block& b : model.blocks) {
    switch (b.kind) {
      case Block::Kind::kHeading: {
        // Keep the heading with at least two lines of what follows.
        w.Space(8);
        w.NeedSpace(w.Measure(b.text, "DejaVu Sans Bold 11.5") + 30);
        w.Text(b.text, "DejaVu Sans Bold 11.5", 0, 0.1);
        w.Space(3);
        break;
      }
      case Block::Kind::kParagraph:
        w.Text(b.text.empty() ? std::string_view("—") : std::string_view(b.text), "DejaVu Sans 10");
        w.Space(5);
        break;
      case Block::Kind::kBullets:
        for (const auto& item : b.items) {
          w.NeedSpace(14);
          const double top = w.y();
          w.Text("•", "DejaVu Sans 10", 4);
          w.set_y(top);
          w.Text(item, "DejaVu Sans 10", 16);
          w.Space(2);
        }
        w.Space(4);
        break;
      case Block::Kind::kFields:
        for (const auto& [label, value] : b.fields) {
          w.NeedSpace(14);
          const double top = w.y();
          w.Text(label, "DejaVu Sans Bold 9.5", 0, 0.0, 150);
          const double after_label = w.y();
          w.set_y(top);
          w.Text(value.empty() ? std::string_view("—") : std::string_view(value), "DejaVu Sans 10",
                 155);
          w.set_y(std::max(w.y(), after_label) + 2);
        }
        w.Space(4);
        break;
      case Block::Kind::kNote:
        w.Text(b.text, "DejaVu Sans Oblique 8.5", 0, 0.4);
        w.Space(4);
        break;
    }
  }
  w.FinishPage();
  cr.reset();
  cairo_surface_finish(surface.get());
  if (cairo_surface_status(surface.get()) != CAIRO_STATUS_SUCCESS) {
    return core::Error::Internal("cairo could not finish the PDF");
  }
  surface.reset();
  return out;
}

}  // namespace werkpad::documents
