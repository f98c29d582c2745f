// The widget's styles. Every colour, the font and the corner radius are CSS custom properties a
// host page can set on <program-finder> (documented in the README); the defaults meet WCAG AA contrast.
export const CSS = `
:host{display:block;container-type:inline-size;
--a:var(--pf-accent,#0b5cad);--on-a:var(--pf-on-accent,#fff);--tx:var(--pf-text,#1b1b1b);--mu:var(--pf-muted,#4a4f55);
--bg:var(--pf-background,#fff);--sf:var(--pf-surface,#fff);--bd:var(--pf-border,#c4cad3);--rd:var(--pf-radius,8px);
--in:var(--pf-input,#fff);--in-bd:#767676;--hl:var(--pf-highlight,#fff7d6);--nt:var(--pf-notice,#fff4ce);--hv:#e3ecf7;
--ok-bg:#e3f2e6;--ok:#1b5e20;--wn-bg:#fff0cc;--wn:#6b4500;--er-bg:#fdeeef;--er:#8a0010;
--sea:var(--pf-sea,#f4f7fb);--land:var(--pf-land,#dfe6ee);--land-line:var(--pf-land-line,#fff);
font-family:var(--pf-font,system-ui,-apple-system,"Segoe UI",Roboto,sans-serif);line-height:1.45;color:var(--tx);background:var(--bg);color-scheme:light}
:host([theme=dark]){--a:var(--pf-accent,#8ab8f0);--on-a:var(--pf-on-accent,#0d1117);--tx:var(--pf-text,#e6e8eb);--mu:var(--pf-muted,#b3bac4);
--bg:var(--pf-background,#14171b);--sf:var(--pf-surface,#1d2227);--bd:var(--pf-border,#4a525c);
--in:var(--pf-input,#0f1215);--in-bd:#8c949e;--hl:var(--pf-highlight,#3b3318);--nt:var(--pf-notice,#3b3318);--hv:#253a52;
--ok-bg:#183d20;--ok:#b4e6bc;--wn-bg:#3f3112;--wn:#f5d48a;--er-bg:#451b20;--er:#ffc1c8;
--sea:var(--pf-sea,#182029);--land:var(--pf-land,#2d3640);--land-line:var(--pf-land-line,#14171b);color-scheme:dark}
@media (prefers-color-scheme:dark){:host(:not([theme=light])){--a:var(--pf-accent,#8ab8f0);--on-a:var(--pf-on-accent,#0d1117);--tx:var(--pf-text,#e6e8eb);--mu:var(--pf-muted,#b3bac4);
--bg:var(--pf-background,#14171b);--sf:var(--pf-surface,#1d2227);--bd:var(--pf-border,#4a525c);
--in:var(--pf-input,#0f1215);--in-bd:#8c949e;--hl:var(--pf-highlight,#3b3318);--nt:var(--pf-notice,#3b3318);--hv:#253a52;
--ok-bg:#183d20;--ok:#b4e6bc;--wn-bg:#3f3112;--wn:#f5d48a;--er-bg:#451b20;--er:#ffc1c8;
--sea:var(--pf-sea,#182029);--land:var(--pf-land,#2d3640);--land-line:var(--pf-land-line,#14171b);color-scheme:dark}}
*{box-sizing:border-box}
[hidden]{display:none!important}
.vh{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
p{margin:0}
a{color:var(--a)}
input,select,button{font:inherit;color:inherit;min-width:0}
input:not([type=checkbox]):not([type=radio]),select{padding:.45rem .6rem;border:1px solid var(--in-bd);border-radius:6px;background:var(--in);color:var(--tx);width:100%;min-height:2.4rem}
input[type=checkbox],input[type=radio]{width:max(24px,1.2em);height:max(24px,1.2em);margin:0;accent-color:var(--a)}
[aria-invalid=true]{border-color:var(--er)!important;border-width:2px!important}
button{min-height:2.4rem;padding:.45rem .8rem;border:1px solid var(--a);border-radius:6px;background:var(--a);color:var(--on-a);cursor:pointer}
button.quiet{background:var(--sf);color:var(--a)}
button.link{min-height:24px;padding:0;border:0;background:none;color:var(--a);text-decoration:underline}
.actions a,h3 a{display:inline-block;min-height:24px}
.skip{position:absolute;left:-999em;padding:.4rem .8rem;background:var(--bg);z-index:9}.skip:focus{position:static;display:inline-block}
.topbar{display:flex;justify-content:flex-end;align-items:center;gap:.5rem;margin-bottom:.5rem}.topbar .skip:focus{margin-right:auto}
button:disabled,button[aria-disabled=true]{opacity:.55;cursor:default}
:focus-visible{outline:3px solid var(--a);outline-offset:2px}
label{font-weight:600;font-size:.9rem}
.notice{margin:0 0 .75rem;padding:.6rem .8rem;border:1px solid #d9b44a;border-radius:var(--rd);background:var(--nt);color:var(--tx)}
.top{display:flex;flex-wrap:wrap;gap:.75rem;align-items:flex-end}
.field{display:flex;flex-direction:column;gap:.25rem;flex:1 1 9rem;min-width:0}
.field.q{flex:3 1 15rem;position:relative}
.field.place{position:relative;flex:1.5 1 11rem}
.online{display:flex;gap:.45rem;align-items:center;font-weight:400;flex:1 1 100%}
.row{display:flex;gap:.5rem}
.row input{flex:1}
[role=listbox]{position:absolute;z-index:5;top:100%;left:0;right:0;margin:.2rem 0 0;padding:.25rem 0;list-style:none;background:var(--in);color:var(--tx);border:1px solid var(--in-bd);border-radius:6px;box-shadow:0 4px 14px #0003;max-height:18rem;overflow:auto}
[role=option]{padding:.35rem .7rem;cursor:pointer;overflow-wrap:anywhere}
[role=option][aria-selected=true],[role=option]:hover{background:var(--hv)}
.kind{color:var(--mu);font-size:.85rem}
.layout{display:grid;gap:1rem;margin-top:1rem;grid-template-columns:minmax(0,1fr)}
@container (min-width:760px){.layout{grid-template-columns:15rem minmax(0,1fr)}}
.filters summary{cursor:pointer;font-weight:700;padding:.3rem 0}
.filters .clear{margin:.25rem 0 .75rem}
.panel .group{border:0;margin:0 0 1rem;padding:0;min-width:0}
.panel legend,.panel .field>label{font-weight:700;font-size:.9rem;padding:0;margin-bottom:.25rem}
.opt{display:flex;gap:.45rem;align-items:center;font-weight:400;padding:.1rem 0;min-height:28px}
.opt input{flex:none}
.n,.hint{color:var(--mu);font-size:.85rem}
.scroll{max-height:13rem;overflow:auto;padding:.2rem .5rem;border:1px solid var(--bd);border-radius:6px}
.head{display:flex;flex-wrap:wrap;gap:.5rem 1rem;align-items:center;justify-content:space-between;margin-bottom:.6rem}
.count{font-weight:700}
.views{display:flex;gap:.4rem}
.views button[aria-pressed=false]{background:var(--sf);color:var(--a)}
.tray{position:sticky;bottom:0;z-index:4;display:flex;flex-wrap:wrap;gap:.5rem .75rem;align-items:center;margin:.75rem 0 0;padding:.5rem .75rem;border:1px solid var(--bd);border-radius:var(--rd);background:var(--sf);box-shadow:0 -4px 12px #0003}
.error{margin:.5rem 0;padding:.5rem .75rem;border:1px solid var(--er);border-radius:6px;background:var(--er-bg);color:var(--er)}
.field .error{margin:.3rem 0 0;font-weight:400;font-size:.9rem}
.ways{margin:.5rem 0 1rem}.ways ul{list-style:none;margin:.4rem 0 0;padding:0;display:flex;flex-wrap:wrap;gap:.5rem}
.drawer{margin:0;padding:0;border:0;width:100%;max-width:none;height:100%;max-height:none;background:var(--bg);color:var(--tx)}
.drawer[open]{display:flex;flex-direction:column}
.drawer::backdrop{background:#0008}
.drawer-head{display:flex;justify-content:space-between;align-items:center;padding:.5rem 1rem;border-bottom:1px solid var(--bd)}
.drawer-head h2{margin:0;font-size:1.1rem}
.drawer-body{flex:1;overflow:auto;padding:1rem}
.drawer-foot{padding:.75rem 1rem;border-top:1px solid var(--bd)}.drawer-foot button{width:100%}
.cards{list-style:none;margin:0;padding:0;display:grid;gap:.75rem}
[aria-busy=true]{opacity:.6}
.card{padding:.85rem 1rem;border:1px solid var(--bd);border-radius:var(--rd);background:var(--sf);overflow-wrap:anywhere}
.card h3{margin:0 0 .15rem;font-size:1.08rem}
.cred{font-weight:400;color:var(--mu)}
.school{font-weight:600}
.meta{display:flex;flex-wrap:wrap;gap:.2rem .9rem;color:var(--mu);font-size:.92rem}
.status{margin:.4rem 0}
.status strong{display:inline-block;padding:.05rem .55rem;border-radius:1rem;background:var(--ok-bg);color:var(--ok);font-size:.9rem}
.status[data-status=candidacy] strong,.status[data-status*=probation] strong,.status[data-status=inactive] strong{background:var(--wn-bg);color:var(--wn)}
.status[data-status*=withdraw] strong,.status[data-status=withheld] strong{background:var(--er-bg);color:var(--er)}
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
tr.diff>*,tr.diff>th:first-child{background:var(--hl)}
.tag{font-size:.75rem;font-weight:700;text-transform:uppercase;color:var(--wn)}
td.best{font-weight:700}
.only-diff tbody tr:not(.diff){display:none}
td{white-space:pre-line}
.mapbox svg{display:block;width:100%;height:auto;border:1px solid var(--bd);border-radius:var(--rd);background:var(--sea)}
.land path{fill:var(--land);stroke:var(--land-line);stroke-width:.6}
.dot{fill:var(--pf-dot,var(--a));stroke:var(--bg);cursor:pointer}
.dot.on{fill:var(--pf-dot-chosen,#c2410c)}
.dot:focus-visible{outline:3px solid var(--tx);outline-offset:1px}
.caption,.credit{margin-top:.4rem;font-size:.88rem;color:var(--mu)}
.picked{margin-top:.75rem}
.picked>ul{list-style:none;margin:0;padding:0}`;
