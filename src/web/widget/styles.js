// The widget's styles. Every colour, the font and the corner radius are CSS custom properties a
// host page can set on <program-finder> (documented in the README); the defaults meet WCAG AA contrast.
export const CSS = `
:host{display:block;container-type:inline-size;
--a:var(--pf-accent,#0b5cad);--on-a:var(--pf-on-accent,#fff);--tx:var(--pf-text,#1b1b1b);--mu:var(--pf-muted,#4a4f55);
--sf:var(--pf-surface,#fff);--bd:var(--pf-border,#c4cad3);--rd:var(--pf-radius,8px);
font-family:var(--pf-font,system-ui,-apple-system,"Segoe UI",Roboto,sans-serif);line-height:1.45;color:var(--tx)}
*{box-sizing:border-box}
[hidden]{display:none!important}
.vh{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
p{margin:0}
a{color:var(--a)}
input,select,button{font:inherit;color:inherit;min-width:0}
input:not([type=checkbox]):not([type=radio]),select{padding:.45rem .6rem;border:1px solid #767676;border-radius:6px;background:#fff;color:#1b1b1b;width:100%}
button{padding:.45rem .8rem;border:1px solid var(--a);border-radius:6px;background:var(--a);color:var(--on-a);cursor:pointer}
button.quiet{background:var(--sf);color:var(--a)}
button.link{padding:0;border:0;background:none;color:var(--a);text-decoration:underline}
button:disabled,button[aria-disabled=true]{opacity:.55;cursor:default}
:focus-visible{outline:3px solid var(--a);outline-offset:2px}
label{font-weight:600;font-size:.9rem}
.notice{margin:0 0 .75rem;padding:.6rem .8rem;border:1px solid #d9b44a;border-radius:var(--rd);background:var(--pf-notice,#fff4ce);color:#1b1b1b}
.top{display:flex;flex-wrap:wrap;gap:.75rem;align-items:flex-end}
.field{display:flex;flex-direction:column;gap:.25rem;flex:1 1 9rem;min-width:0}
.field.q{flex:3 1 15rem;position:relative}
.row{display:flex;gap:.5rem}
.row input{flex:1}
[role=listbox]{position:absolute;z-index:5;top:100%;left:0;right:0;margin:.2rem 0 0;padding:.25rem 0;list-style:none;background:#fff;color:#1b1b1b;border:1px solid #767676;border-radius:6px;box-shadow:0 4px 14px #0003;max-height:18rem;overflow:auto}
[role=option]{padding:.35rem .7rem;cursor:pointer;overflow-wrap:anywhere}
[role=option][aria-selected=true],[role=option]:hover{background:#e3ecf7}
.kind{color:#4a4f55;font-size:.85rem}
.layout{display:grid;gap:1rem;margin-top:1rem;grid-template-columns:minmax(0,1fr)}
@container (min-width:760px){.layout{grid-template-columns:15rem minmax(0,1fr)}}
.filters summary{cursor:pointer;font-weight:700;padding:.3rem 0}
.filters .clear{margin:.25rem 0 .75rem}
.panel .group{border:0;margin:0 0 1rem;padding:0;min-width:0}
.panel legend,.panel .field>label{font-weight:700;font-size:.9rem;padding:0;margin-bottom:.25rem}
.opt{display:flex;gap:.45rem;align-items:baseline;font-weight:400;padding:.1rem 0}
.opt input{flex:none}
.n,.hint{color:var(--mu);font-size:.85rem}
.scroll{max-height:13rem;overflow:auto;padding:.2rem .5rem;border:1px solid var(--bd);border-radius:6px}
.head{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:center;justify-content:space-between;margin-bottom:.6rem}
.count{font-weight:700}
.views{display:flex;gap:.4rem}
.views button[aria-pressed=false]{background:var(--sf);color:var(--a)}
.tray{display:flex;flex-wrap:wrap;gap:.5rem .75rem;align-items:center;margin:0 0 .75rem;padding:.5rem .75rem;border:1px solid var(--bd);border-radius:var(--rd);background:var(--sf)}
.error{margin:.5rem 0;padding:.5rem .75rem;border:1px solid #d39aa1;border-radius:6px;background:#fdeeef;color:#8a0010}
.cards{list-style:none;margin:0;padding:0;display:grid;gap:.75rem}
[aria-busy=true]{opacity:.6}
.card{padding:.85rem 1rem;border:1px solid var(--bd);border-radius:var(--rd);background:var(--sf);overflow-wrap:anywhere}
.card h3{margin:0 0 .15rem;font-size:1.08rem}
.cred{font-weight:400;color:var(--mu)}
.school{font-weight:600}
.meta{display:flex;flex-wrap:wrap;gap:.2rem .9rem;color:var(--mu);font-size:.92rem}
.status{margin:.4rem 0}
.status strong{display:inline-block;padding:.05rem .55rem;border-radius:1rem;background:#e3f2e6;color:#1b5e20;font-size:.9rem}
.status[data-status=candidacy] strong,.status[data-status*=probation] strong,.status[data-status=inactive] strong{background:#fff0cc;color:#6b4500}
.status[data-status*=withdraw] strong,.status[data-status=withheld] strong{background:#fdeeef;color:#8a0010}
.facts,.record{display:grid;grid-template-columns:max-content minmax(0,1fr);gap:.2rem .8rem;margin:.5rem 0;font-size:.93rem}
.facts>div,.record>div{display:contents}
dt{font-weight:600;color:var(--mu)}
dd{margin:0}
@container (max-width:480px){.facts,.record{grid-template-columns:minmax(0,1fr)}dd{margin-bottom:.3rem}}
.actions{display:flex;flex-wrap:wrap;gap:.5rem 1.2rem;align-items:center;margin-top:.5rem}
.choose{font-weight:400;display:inline-flex;gap:.35rem;align-items:center}
.details{margin-top:.75rem;padding-top:.75rem;border-top:1px solid var(--bd);font-size:.93rem}
.details h4{margin:.75rem 0 .25rem;font-size:.95rem}
.history{margin:0;padding-left:1.2rem}
.careers,.pay{list-style:none;margin:0;padding:0}
.occ{font-weight:600}
figure{margin:0}
figcaption{font-weight:600}
.charts{display:grid;gap:.75rem;grid-template-columns:repeat(auto-fill,minmax(13rem,1fr))}
.pay{display:grid;gap:.6rem;margin:.4rem 0 .2rem}
.pay li>*{display:block}
.paychart figcaption,.figs{color:var(--mu);font-size:.86rem}
.paychart figcaption{font-weight:400}
.grid{stroke:var(--bd)}
.ln{stroke:var(--a);stroke-width:2}
.pt{fill:var(--a)}
.rng{fill:var(--a)}
.med{fill:var(--sf);stroke:var(--tx);stroke-width:2.5}
.tick,.val{font-size:11px;fill:var(--mu)}
.val{fill:var(--tx);font-weight:700;stroke:var(--sf);stroke-width:3px;paint-order:stroke;text-anchor:middle}
.mid{text-anchor:middle}
.end{text-anchor:end}
.more{margin-top:.9rem}
.compare h2{font-size:1.15rem;margin:.5rem 0}
.compare .bar{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:center;margin-bottom:.75rem}
.compare .bar label{font-weight:400;display:inline-flex;gap:.35rem;align-items:center}
/* relative: hidden texts inside the table stay inside its scrolling box */
.wrap{position:relative;overflow-x:auto;border:1px solid var(--bd);border-radius:var(--rd)}
table{border-collapse:collapse;width:100%;font-size:.92rem;background:var(--sf)}
caption{text-align:left;font-weight:700;padding:.5rem .6rem}
th,td{padding:.45rem .6rem;border-top:1px solid var(--bd);text-align:left;vertical-align:top;min-width:8.5rem}
/* The criteria stay in view while the programs scroll sideways. */
th:first-child{position:sticky;left:0;z-index:1;background:var(--sf)}
thead th{vertical-align:bottom}
.pname{display:block}
tbody th{font-weight:600;color:var(--mu)}
tr.diff>*,tr.diff>th:first-child{background:var(--pf-highlight,#fff7d6)}
.tag{font-size:.75rem;font-weight:700;text-transform:uppercase;color:#6b4500}
td.best{font-weight:700}
.only-diff tbody tr:not(.diff){display:none}
td{white-space:pre-line}
.mapbox svg{display:block;width:100%;height:auto;border:1px solid var(--bd);border-radius:var(--rd);background:var(--pf-sea,#f4f7fb)}
.land path{fill:var(--pf-land,#dfe6ee);stroke:var(--pf-land-line,#fff);stroke-width:.6}
.dot{fill:var(--pf-dot,var(--a));stroke:#fff;cursor:pointer}
.dot.on{fill:var(--pf-dot-chosen,#c2410c)}
.dot:focus-visible{outline:3px solid var(--tx);outline-offset:1px}
.caption,.credit{margin-top:.4rem;font-size:.88rem;color:var(--mu)}
.picked{margin-top:.75rem}
.picked>ul{list-style:none;margin:0;padding:0}`;
