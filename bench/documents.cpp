// Times the generation of form 7 as a PDF (documents::Form7Document + RenderPdf, what
// DocumentService::Generate does besides one read and one insert), against a baseline measured in
// the same run: a one-paragraph PDF (the fixed cost of cairo, pango and fontconfig).
//
//   werkpad_bench_documents [--smoke] [--runs N]
//
// Prints one line per figure and "BENCH_DOCUMENTS ok" at the end; --smoke runs 3 times and never
// judges the target (docs/performance.md: <= 200 ms to generate form 7). Exit 1 when a render
// fails or does not produce a PDF.
#include <cairo.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <string>
#include <vector>

#include "documents/pdf.hpp"
#include "documents/templates.hpp"

namespace {

using Clock = std::chrono::steady_clock;
namespace docs = werkpad::documents;
namespace rv = werkpad::domain::reintegratievisie;

cairo_status_t Append(void* closure, const unsigned char* data, unsigned int length) {
  static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
  return CAIRO_STATUS_SUCCESS;
}

// A 300x120 logo, drawn here so the bench needs no files.
std::string Logo() {
  cairo_surface_t* s = cairo_image_surface_create(CAIRO_FORMAT_ARGB32, 300, 120);
  cairo_t* cr = cairo_create(s);
  cairo_set_source_rgb(cr, 0.1, 0.3, 0.6);
  cairo_rectangle(cr, 10, 10, 280, 100);
  cairo_fill(cr);
  cairo_destroy(cr);
  std::string png;
  cairo_surface_write_to_png_stream(s, Append, &png);
  cairo_surface_destroy(s);
  return png;
}

std::string Text(const char* sentence, int times) {
  std::string out;
  for (int i = 0; i < times; ++i) out += std::string(sentence) + (i % 4 == 3 ? "\n" : " ");
  return out;
}

docs::Form7Input Form7(bool employer) {
  docs::Form7Input in;
  in.letterhead =
      docs::MakeLetterhead({"Revalidatiecentrum De Proef", "Laan van de Revalidatie 1", "1234 AB",
                            "Utrecht", "030-0000000", "info@proef.example", "www.proef.example"},
                           Logo());
  in.revalidant_name = "Testa Voorbeeld";
  in.date_of_birth = "01-02-1980";
  in.ric_name = "R. Coördinator";
  rv::Content& c = in.content;
  c.verloop = Text("12-03-2026: Start werktraining (D3) — ja (Terugkoppeling → Werktraining).", 12);
  c.werksituatie = Text("- Functie: monteur in de buitendienst, 32 uur per week.", 10);
  c.profielvergelijking = Text("- Tillen: voldoet (nog) niet (max. 10 kg, 20 keer per dag).", 15);
  c.behandeldoelen = Text("- Zelfstandig reizen met het openbaar vervoer: behaald.", 8);
  c.werktraining = Text("Werktraining gestart; drie ochtenden per week computertaken.", 10);
  c.visie_team = Text("Het team verwacht dat terugkeer in het eigen werk haalbaar is.", 20);
  c.aandachtspunten = Text("Vaste pauzes, werken in een rustige ruimte, taken één voor één.", 20);
  c.middelen = {rv::Means::kEigenWerkAanpassingen, rv::Means::kArbeidstherapeutischePlaatsing,
                rv::Means::kJobcoach, rv::Means::kWerkplekaanpassingen,
                rv::Means::kVasteCollegaBuddy};
  c.plaatsing_weken = 6;
  c.advies = Text("Opbouw in uren over acht weken, evaluatie met de bedrijfsarts.", 15);
  c.medische_toelichting = Text("Medische toelichting voor team en bedrijfsarts.", 10);
  in.status = "signed";
  in.version = 7;
  in.content_sha256 = std::string(64, 'a');
  in.signature =
      docs::Form7Signature{"portal", "07-12-2026", "07-12-2026", {"Werkgever", "Bedrijfsarts"}};
  in.employer_copy = employer;
  in.generated_on = "07-12-2026";
  return in;
}

struct Figures {
  double median_ms = 0, p95_ms = 0, max_ms = 0, first_ms = 0;
  std::size_t bytes = 0;
  bool ok = true;
};

template <class Make>
Figures Measure(int runs, Make&& make) {
  Figures f;
  std::vector<double> ms;
  for (int i = 0; i < runs; ++i) {
    const auto t0 = Clock::now();
    auto pdf = docs::RenderPdf(make());
    const double elapsed = std::chrono::duration<double, std::milli>(Clock::now() - t0).count();
    if (!pdf.ok() || pdf->rfind("%PDF-", 0) != 0) {
      f.ok = false;
      return f;
    }
    f.bytes = pdf->size();
    if (i == 0) f.first_ms = elapsed;
    ms.push_back(elapsed);
  }
  std::sort(ms.begin(), ms.end());
  f.median_ms = ms[ms.size() / 2];
  f.p95_ms = ms[std::min(ms.size() - 1, static_cast<std::size_t>(ms.size() * 0.95))];
  f.max_ms = ms.back();
  return f;
}

}  // namespace

int main(int argc, char** argv) {
  bool smoke = false;
  int runs = 50;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--smoke") == 0) {
      smoke = true;
      runs = 3;
    } else if (std::strcmp(argv[i], "--runs") == 0 && i + 1 < argc) {
      runs = std::max(1, std::atoi(argv[++i]));
    }
  }
  // The first render in a process also loads fonts (fontconfig cache): reported separately.
  const Figures baseline = Measure(runs, [] {
    docs::DocumentModel m;
    m.title = "Baseline";
    m.blocks.push_back(docs::Paragraph("Eén alinea."));
    return m;
  });
  const Figures form7 = Measure(runs, [] { return docs::Form7Document(Form7(false)); });
  const Figures employer = Measure(runs, [] { return docs::Form7Document(Form7(true)); });
  if (!baseline.ok || !form7.ok || !employer.ok) {
    std::fprintf(stderr, "a render failed\n");
    return 1;
  }
  auto line = [](const char* name, const Figures& f) {
    std::printf("%-34s median %7.2f ms  p95 %7.2f ms  max %7.2f ms  first %7.2f ms  %6zu bytes\n",
                name, f.median_ms, f.p95_ms, f.max_ms, f.first_ms, f.bytes);
  };
  std::printf(
      "form 7 PDF generation, %d runs each (rendering only; one DB read and insert more in "
      "the service)\n",
      runs);
  line("baseline: one-paragraph PDF", baseline);
  line("form 7, team copy (with logo)", form7);
  line("form 7, employer's copy", employer);
  std::printf("ratio form7/baseline %.1f; target median <= 200 ms: %s\n",
              form7.median_ms / baseline.median_ms,
              smoke ? "(smoke)" : (form7.median_ms <= 200.0 ? "met" : "NOT MET"));
  std::printf("BENCH_DOCUMENTS ok\n");
  return 0;
}
