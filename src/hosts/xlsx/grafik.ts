/**
 * Grafik di berkas .xlsx. ExcelJS tidak menulis grafik, jadi setelah ExcelJS menulis paket, grafik
 * rencana ditambahkan sebagai bagian DrawingML dengan JSZip (sudah dipakai ExcelJS):
 * - xl/charts/chartN.xml (c:chartSpace: barChart kolom/batang, lineChart garis, scatterChart sebar; rujukan ke sel lembar),
 * - xl/drawings/drawingN.xml (xdr:twoCellAnchor dari `posisi` sampai `sampai`) dan relasinya,
 * - relasi lembar → gambar dan elemen <drawing r:id> di lembar,
 * - Override jenis isi di [Content_Types].xml.
 * Data grafik adalah rujukan sel (c:numRef/c:strRef tanpa cache): Excel dan LibreOffice membaca
 * nilainya dari sel setelah menghitung rumus.
 */
import { galatInternal } from "../../core/errors";
import JSZip from "jszip";
import { WARNA_GRAFIK, rgb, warnaSeri } from "../../plans/gaya";
import { alamat, posisi, type Grafik } from "../../plans/rencana";
import { formatSumbuGrafik } from "../../plans/tata-letak";

const NS_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const REL_DRAWING = `${NS_R}/drawing`;
const REL_CHART = `${NS_R}/chart`;
const CT_CHART = "application/vnd.openxmlformats-officedocument.drawingml.chart+xml";
const CT_DRAWING = "application/vnd.openxmlformats-officedocument.drawing+xml";

export interface GrafikLembar {
  /** Nama lembar (seperti di workbook.xml). */
  lembar: string;
  grafik: Grafik[];
}

const xml = (t: string): string =>
  t.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** Rujukan absolut berlembar: 'Nama'!$C$5:$C$9. */
export function rujukanAbsolut(lembar: string, rentang: string): string {
  const abs = rentang
    .replace(/\$/g, "")
    .split(":")
    .map((a) => a.replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2"))
    .join(":");
  return `'${lembar.replace(/'/g, "''")}'!${abs}`;
}

/** Rentang data dipecah per kolom (satu seri per kolom), mis. "B5:C9" → ["B5:B9", "C5:C9"]. */
function kolomData(rentang: string): string[] {
  const [a, b] = rentang.replace(/\$/g, "").split(":");
  if (!b) return [a];
  const p = posisi(a);
  const q = posisi(b);
  const hasil: string[] = [];
  for (let k = p.kolom; k <= q.kolom; k++) hasil.push(`${alamat(p.baris, k)}:${alamat(q.baris, k)}`);
  return hasil;
}

/** Latar dan bingkai area grafik (palet plans/gaya.ts). */
const LATAR_GRAFIK =
  `<c:spPr><a:solidFill><a:srgbClr val="${rgb(WARNA_GRAFIK.latar)}"/></a:solidFill><a:ln><a:solidFill><a:srgbClr ` +
  `val="${rgb(WARNA_GRAFIK.bingkai)}"/></a:solidFill></a:ln></c:spPr>`;

/**
 * chartN.xml dengan jenis rencana: "kolom"/"batang" batang berkelompok, "tornado" batang mendatar bertumpuk
 * (dua seri: kiri dan kanan), "garis" garis bertanda; satu seri per kolom data, tanpa legenda untuk satu seri.
 */
export function xmlGrafik(lembar: string, g: Grafik): string {
  if (g.jenis === "sebar") return xmlSebar(lembar, g);
  const mendatar = g.jenis === "batang" || g.jenis === "tornado";
  const judul =
    `<c:title><c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr ` +
    `sz="1200" b="1"/></a:pPr><a:r><a:rPr lang="id-ID" sz="1200" b="1"/><a:t>${xml(g.judul)}</a:t></a:r></a:p></c:rich></c:tx><c:overlay ` +
    `val="0"/></c:title>`;
  const data = kolomData(g.data);
  // label data dan sumbu nilai memakai format tampilan sel data (paling banyak dua desimal, plans/tata-letak.ts)
  const fmt = xml(g.formatLabel ?? "General");
  const label =
    g.jenis === "tornado"
      ? ""
      : `<c:dLbls><c:numFmt formatCode="${fmt}" sourceLinked="0"/><c:showLegendKey ` +
        `val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName ` +
        `val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>`;
  const seri = data
    .map((d, i) => {
      const warna = rgb(warnaSeri(i));
      const gaya =
        g.jenis === "garis"
          ? `<c:spPr><a:ln w="28575"><a:solidFill><a:srgbClr val="${warna}"/></a:solidFill></a:ln></c:spPr><c:marker><c:symbol ` +
            `val="circle"/><c:size val="6"/><c:spPr><a:solidFill><a:srgbClr val="${warna}"/></a:solidFill><a:ln><a:solidFill><a:srgbClr ` +
            `val="${warna}"/></a:solidFill></a:ln></c:spPr></c:marker>`
          : `<c:spPr><a:solidFill><a:srgbClr val="${warna}"/></a:solidFill></c:spPr><c:invertIfNegative val="0"/>`;
      return (
        `<c:ser><c:idx val="${i}"/><c:order val="${i}"/><c:tx><c:v>` +
        `${xml(g.seri?.[i] ?? (data.length > 1 ? `${g.judul} (${i + 1})` : g.judul))}</c:v></c:tx>` +
        `${gaya}${label}` +
        `<c:cat><c:strRef><c:f>${xml(rujukanAbsolut(lembar, g.kategori))}</c:f></c:strRef></c:cat>` +
        `<c:val><c:numRef><c:f>${xml(rujukanAbsolut(lembar, d))}</c:f></c:numRef></c:val>${g.jenis === "garis" ? `<c:smooth val="0"/>` : ""}</c:ser>`
      );
    })
    .join("");
  const diagram =
    g.jenis === "garis"
      ? `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${seri}<c:marker val="1"/><c:axId val="10001"/><c:axId val="10002"/></c:lineChart>`
      : `<c:barChart><c:barDir val="${mendatar ? "bar" : "col"}"/><c:grouping val="${g.jenis === "tornado" ? "stacked" : "clustered"}"/><c:varyColors val="0"/>` +
        `${seri}` +
        `<c:gapWidth val="80"/>${g.jenis === "tornado" ? `<c:overlap val="100"/>` : ""}<c:axId val="10001"/><c:axId val="10002"/></c:barChart>`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    (`<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" ` +
      `xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${NS_R}">`) +
    `<c:roundedCorners val="0"/><c:chart>${judul}<c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>` +
    diagram +
    (`<c:catAx><c:axId val="10001"/><c:scaling><c:orientation val="${mendatar ? "maxMin" : "minMax"}"/></c:scaling><c:delete ` +
      `val="0"/><c:axPos val="${mendatar ? "l" : "b"}"/><c:numFmt formatCode="General" ` +
      `sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark ` +
      `val="none"/><c:tickLblPos val="${g.jenis === "tornado" ? "low" : "nextTo"}"/><c:crossAx val="10002"/><c:crosses ` +
      `val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset ` +
      `val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>`) +
    (`<c:valAx><c:axId val="10002"/><c:scaling><c:orientation val="minMax"/>` +
      `${g.minimum !== undefined ? `<c:min val="${g.minimum}"/>` : ""}</c:scaling><c:delete val="0"/><c:axPos ` +
      (`val="${mendatar ? "b" : "l"}"/><c:majorGridlines/>` +
        `${g.judulSumbu ? `<c:title>${teksKaya(g.judulSumbu, 900, false)}<c:overlay val="0"/></c:title>` : ""}<c:numFmt formatCode="${formatSumbu(g.formatLabel)}" sourceLinked="0"/><c:majorTickMark `) +
      `val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx ` +
      `val="10001"/><c:crosses val="autoZero"/><c:crossBetween val="between"/></c:valAx>`) +
    (`</c:plotArea>` +
      `${data.length > 1 && g.jenis !== "tornado" ? `<c:legend><c:legendPos val="b"/><c:overlay val="0"/></c:legend>` : ""}<c:plotVisOnly val="1"/><c:dispBlanksAs ` +
      `val="gap"/></c:chart>`) +
    LATAR_GRAFIK +
    `</c:chartSpace>`
  );
}

/** Format sumbu nilai untuk XML: seperti label, tanpa desimal untuk persen ("0.00%" → "0%", plans/tata-letak.ts). */
export function formatSumbu(f: string | undefined): string {
  return xml(formatSumbuGrafik(f));
}

const teksKaya = (t: string, sz: number, tebal: boolean): string =>
  `<c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${sz}" b="${tebal ? 1 : 0}"/></a:pPr><a:r><a:rPr lang="id-ID" sz="${sz}" b="${tebal ? 1 : 0}"/><a:t>` +
  `${xml(t)}</a:t></a:r></a:p></c:rich></c:tx>`;

/** Sumbu nilai grafik sebar (X di bawah atau Y di kiri) dengan judul dan batas. */
function sumbuSebar(
  id: number,
  silang: number,
  pos: "b" | "l",
  judul: string,
  min: number | undefined,
  maks: number | undefined,
): string {
  const batas = `${maks !== undefined ? `<c:max val="${maks}"/>` : ""}${min !== undefined ? `<c:min val="${min}"/>` : ""}`;
  return (
    `<c:valAx><c:axId val="${id}"/><c:scaling><c:orientation val="minMax"/>${batas}</c:scaling><c:delete val="0"/><c:axPos val="${pos}"/><c:majorGridlines/>` +
    `<c:title>${teksKaya(judul, 1000, true)}<c:overlay val="0"/></c:title>` +
    (`<c:numFmt formatCode="0.0" sourceLinked="0"/><c:majorTickMark val="out"/><c:minorTickMark ` +
      `val="none"/><c:tickLblPos val="low"/><c:crossAx val="${silang}"/><c:crosses val="min"/><c:crossBetween ` +
      `val="midCat"/><c:majorUnit val="0.5"/></c:valAx>`)
  );
}

/**
 * Grafik sebar (XY): satu seri per baris `data` (X = kolom pertama, Y = kolom kedua) bernama sel `kategori`
 * baris itu dan berlabel nama seri (label titik, mis. "U3"); `garisBantu` menjadi seri garis tanpa penanda
 * dan tanpa label (garis pemisah kuadran); tanpa legenda.
 */
function xmlSebar(lembar: string, g: Grafik): string {
  const p = posisi(g.data.replace(/\$/g, "").split(":")[0]);
  const q = posisi(g.data.replace(/\$/g, "").split(":")[1] ?? g.data);
  const k0 = posisi(g.kategori.replace(/\$/g, "").split(":")[0]);
  const f = (a: string) => `<c:f>${xml(rujukanAbsolut(lembar, a))}</c:f>`;
  const tanpaLabel = `<c:dLbls><c:delete val="1"/></c:dLbls>`;
  const seri: string[] = [];
  for (let b = p.baris; b <= q.baris; b++) {
    const i = seri.length;
    const warna = rgb(warnaSeri(i));
    seri.push(
      `<c:ser><c:idx val="${i}"/><c:order val="${i}"/><c:tx><c:strRef>${f(alamat(k0.baris + b - p.baris, k0.kolom))}</c:strRef></c:tx>` +
        (`<c:spPr><a:ln w="19050"><a:noFill/></a:ln></c:spPr><c:marker><c:symbol ` +
          `val="circle"/><c:size val="7"/><c:spPr><a:solidFill><a:srgbClr val="${warna}"/></a:solidFill><a:ln><a:solidFill><a:srgbClr ` +
          `val="${warna}"/></a:solidFill></a:ln></c:spPr></c:marker>`) +
        (`<c:dLbls><c:dLblPos val="r"/><c:showLegendKey val="0"/><c:showVal val="0"/><c:showCatName ` +
          `val="0"/><c:showSerName val="1"/><c:showPercent val="0"/><c:showBubbleSize ` +
          `val="0"/></c:dLbls>`) +
        (`<c:xVal><c:numRef>${f(alamat(b, p.kolom))}</c:numRef></c:xVal><c:yVal><c:numRef>${f(alamat(b, p.kolom + 1))}</c:numRef></c:yVal><c:smooth ` +
          `val="0"/></c:ser>`),
    );
  }
  for (const r of g.garisBantu ?? []) {
    const [a, z] = r.replace(/\$/g, "").split(":").map(posisi);
    const i = seri.length;
    seri.push(
      `<c:ser><c:idx val="${i}"/><c:order val="${i}"/><c:tx><c:v>Garis pemisah ${i - (q.baris - p.baris)}</c:v></c:tx>` +
        (`<c:spPr><a:ln w="15875"><a:solidFill><a:srgbClr val="${rgb(WARNA_GRAFIK.garisBantu)}"/></a:solidFill><a:prstDash ` +
          `val="dash"/></a:ln></c:spPr><c:marker><c:symbol val="none"/></c:marker>${tanpaLabel}`) +
        (`<c:xVal><c:numRef>${f(`${alamat(a.baris, a.kolom)}:${alamat(z.baris, a.kolom)}`)}</c:numRef></c:xVal><c:yVal><c:numRef>` +
          `${f(`${alamat(a.baris, a.kolom + 1)}:${alamat(z.baris, a.kolom + 1)}`)}</c:numRef></c:yVal><c:smooth ` +
          `val="0"/></c:ser>`),
    );
  }
  const s = g.sumbu;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    (`<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" ` +
      `xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${NS_R}">`) +
    (`<c:roundedCorners val="0"/><c:chart><c:title>${teksKaya(g.judul, 1200, true)}<c:overlay ` +
      `val="0"/></c:title><c:autoTitleDeleted val="0"/><c:plotArea><c:layout/>`) +
    `<c:scatterChart><c:scatterStyle val="lineMarker"/><c:varyColors val="0"/>${seri.join("")}<c:axId val="10001"/><c:axId val="10002"/></c:scatterChart>` +
    sumbuSebar(10001, 10002, "b", s?.x ?? "X", s?.min, s?.maks) +
    sumbuSebar(10002, 10001, "l", s?.y ?? "Y", s?.min, s?.maks) +
    `</c:plotArea><c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart>` +
    LATAR_GRAFIK +
    `</c:chartSpace>`
  );
}

/** drawingN.xml: satu twoCellAnchor per grafik; `rid` = id relasi gambar → grafik. */
export function xmlGambar(grafik: { g: Grafik; rid: string }[]): string {
  const jangkar = grafik
    .map(({ g, rid }, i) => {
      const a = posisi(g.posisi);
      const b = posisi(g.sampai ?? g.posisi);
      // jangkar "to" menunjuk tepi kiri-atas sel SETELAH sel kanan-bawah grafik (sampai termasuk)
      const sampai = g.sampai
        ? { baris: b.baris + 1, kolom: b.kolom + 1 }
        : { baris: a.baris + 16, kolom: a.kolom + 8 };
      return (
        `<xdr:twoCellAnchor editAs="oneCell">` +
        `<xdr:from><xdr:col>${a.kolom}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${a.baris}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>` +
        `<xdr:to><xdr:col>${sampai.kolom}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${sampai.baris}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>` +
        (`<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="pkp_${i + 1}" descr="${xml(g.judul)}"/><xdr:cNvGraphicFramePr/>` +
          `</xdr:nvGraphicFramePr>`) +
        `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>` +
        (`<a:graphic><a:graphicData ` +
          `uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart ` +
          `xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" r:id="${rid}"/></a:graphicData></a:graphic>`) +
        `</xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
      );
    })
    .join("");
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    (`<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" ` +
      `xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${NS_R}">${jangkar}</xdr:wsDr>`)
  );
}

function xmlRelasi(rel: { id: string; jenis: string; target: string }[]): string {
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
    rel.map((r) => `<Relationship Id="${r.id}" Type="${r.jenis}" Target="${r.target}"/>`).join("") +
    `</Relationships>`
  );
}

const bukaXml = (t: string): string =>
  t
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

/** Nama lembar → jalur bagian lembar (xl/worksheets/sheetN.xml) dari workbook.xml dan relasinya. */
async function jalurLembar(zip: JSZip): Promise<Map<string, string>> {
  const wb = (await zip.file("xl/workbook.xml")?.async("string")) ?? "";
  const rels = (await zip.file("xl/_rels/workbook.xml.rels")?.async("string")) ?? "";
  const target = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = m[0].match(/\bId="([^"]+)"/)?.[1];
    const t = m[0].match(/\bTarget="([^"]+)"/)?.[1];
    if (id && t) target.set(id, t.startsWith("/") ? t.slice(1) : `xl/${t}`);
  }
  const hasil = new Map<string, string>();
  for (const m of wb.matchAll(/<sheet\b[^>]*>/g)) {
    const nama = m[0].match(/\bname="([^"]*)"/)?.[1];
    const id = m[0].match(/\br:id="([^"]+)"/)?.[1];
    if (nama !== undefined && id && target.has(id)) hasil.set(bukaXml(nama), target.get(id) as string);
  }
  return hasil;
}

/** Elemen <drawing> disisipkan di tempat yang diminta skema CT_Worksheet (sebelum legacyDrawing/tableParts/extLst). */
export function sisipGambar(lembarXml: string, rid: string): string {
  const el = `<drawing r:id="${rid}"/>`;
  let x = lembarXml;
  if (!/xmlns:r=/.test(x.slice(0, x.indexOf(">", x.indexOf("<worksheet")) + 1)))
    x = x.replace(/<worksheet\b/, `<worksheet xmlns:r="${NS_R}"`);
  const m = x.match(
    /<(legacyDrawing|legacyDrawingHF|drawingHF|picture|oleObjects|controls|webPublishItems|tableParts|extLst)\b/,
  );
  if (m && m.index !== undefined) return x.slice(0, m.index) + el + x.slice(m.index);
  return x.replace(/<\/worksheet>\s*$/, `${el}</worksheet>`);
}

/** Menambahkan grafik ke paket .xlsx (byte hasil ExcelJS); mengembalikan byte paket baru. */
export async function tambahGrafik(
  paket: Uint8Array | ArrayBuffer,
  daftar: readonly GrafikLembar[],
): Promise<Uint8Array> {
  const isi = daftar.filter((d) => d.grafik.length > 0);
  if (isi.length === 0) return paket instanceof Uint8Array ? paket : new Uint8Array(paket);
  const zip = await JSZip.loadAsync(paket);
  const jalur = await jalurLembar(zip);
  let ct = (await zip.file("[Content_Types].xml")?.async("string")) ?? "";
  let nGrafik = 0;
  let nGambar = 0;
  for (const d of isi) {
    const bagian = jalur.get(d.lembar);
    if (!bagian) throw galatInternal(`lembar "${d.lembar}" tidak ada di paket`);
    nGambar++;
    const grafik = d.grafik.map((g, i) => {
      nGrafik++;
      zip.file(`xl/charts/chart${nGrafik}.xml`, xmlGrafik(d.lembar, g));
      ct = ct.replace(
        "</Types>",
        `<Override PartName="/xl/charts/chart${nGrafik}.xml" ContentType="${CT_CHART}"/></Types>`,
      );
      return { g, rid: `rId${i + 1}`, target: `../charts/chart${nGrafik}.xml` };
    });
    zip.file(`xl/drawings/drawing${nGambar}.xml`, xmlGambar(grafik));
    zip.file(
      `xl/drawings/_rels/drawing${nGambar}.xml.rels`,
      xmlRelasi(grafik.map((g) => ({ id: g.rid, jenis: REL_CHART, target: g.target }))),
    );
    ct = ct.replace(
      "</Types>",
      `<Override PartName="/xl/drawings/drawing${nGambar}.xml" ContentType="${CT_DRAWING}"/></Types>`,
    );
    // relasi lembar: gabung dengan yang sudah ada (mis. hyperlink), id baru yang belum terpakai
    const berkasRel = bagian.replace(/([^/]+)$/, "_rels/$1.rels");
    const relLama = (await zip.file(berkasRel)?.async("string")) ?? "";
    const ada = [...relLama.matchAll(/<Relationship\b[^>]*\/>/g)].map((m) => m[0]);
    let n = ada.length + 1;
    while (relLama.includes(`Id="rIdGambar${n}"`)) n++;
    const rid = `rIdGambar${n}`;
    zip.file(
      berkasRel,
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships ` +
        `xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${ada.join("")}` +
        `<Relationship Id="${rid}" Type="${REL_DRAWING}" Target="../drawings/drawing${nGambar}.xml"/></Relationships>`,
    );
    const lembarXml = (await zip.file(bagian)?.async("string")) ?? "";
    zip.file(bagian, sisipGambar(lembarXml, rid));
  }
  zip.file("[Content_Types].xml", ct);
  // Uint8Array (bukan Buffer Node): modul ini juga dipakai unduhan di peramban tanpa Excel.
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}
