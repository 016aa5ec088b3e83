/*
 * ReformHub status widgets for the municipal portal: <reform-progress>, <reform-measure>, <appeal-stats>.
 * One script, no framework. Shadow DOM; every value is put into the page as text (textContent), never as HTML.
 * Theme with CSS custom properties on the element or the page:
 *   --reform-accent, --reform-text, --reform-muted, --reform-bg, --reform-bar-bg, --reform-border,
 *   --reform-radius, --reform-font
 * Attributes: api (the gateway's address; default: where this script was loaded from), refresh (seconds, >= 10),
 * programme / code (which programme and measure), from / to (yyyy-MM, appeal figures).
 */
(function () {
  'use strict';
  var script = document.currentScript;
  var defaultApi = script && script.src ? new URL(script.src).origin : location.origin;
  var STATUS = { NOT_STARTED: '未启动', IN_PROGRESS: '正在推进', COMPLETED: '已完成', ONGOING: '持续推进' };
  var CSS = [
    ':host{display:block;font-family:var(--reform-font,system-ui,"PingFang SC","Microsoft YaHei",sans-serif);',
    'color:var(--reform-text,#1f2328);background:var(--reform-bg,#fff);border:1px solid var(--reform-border,#d0d7de);',
    'border-radius:var(--reform-radius,8px);padding:16px;box-sizing:border-box;max-width:100%;overflow-wrap:anywhere}',
    'h2{font-size:1.1em;margin:0 0 8px}p{margin:4px 0}.muted{color:var(--reform-muted,#57606a);font-size:.875em}',
    '.figures{display:flex;flex-wrap:wrap;gap:12px;margin:8px 0}.figure{flex:1 1 120px;min-width:0}',
    '.figure b{display:block;font-size:1.6em;color:var(--reform-accent,#0b5cad)}',
    'ul{list-style:none;padding:0;margin:8px 0}li{margin:6px 0}',
    '.bar{height:10px;border-radius:5px;background:var(--reform-bar-bg,#e6edf3);overflow:hidden}',
    '.bar span{display:block;height:100%;background:var(--reform-accent,#0b5cad)}',
    '.row{display:flex;justify-content:space-between;gap:8px}',
    '.badge{display:inline-block;padding:2px 8px;border-radius:10px;background:var(--reform-accent,#0b5cad);color:#fff;font-size:.875em}',
    'table{border-collapse:collapse;width:100%;font-size:.875em}th,td{text-align:left;padding:4px;border-bottom:1px solid var(--reform-border,#d0d7de)}',
    '.scroll{overflow-x:auto}',
    'button{font:inherit;margin-top:8px;padding:4px 12px;border:1px solid var(--reform-accent,#0b5cad);',
    'background:transparent;color:var(--reform-accent,#0b5cad);border-radius:4px;cursor:pointer}',
    'button:focus-visible{outline:3px solid var(--reform-accent,#0b5cad);outline-offset:2px}',
    '[role=alert]{color:#a40e26}'
  ].join('');

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) { node.setAttribute(k, attrs[k]); });
    (children || []).forEach(function (c) {
      node.appendChild(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
    });
    return node;
  }
  function percent(v) { return v === null || v === undefined ? '—' : (Math.round(v * 10) / 10) + '%'; }
  function date(v) { return v ? String(v).substring(0, 10) : '—'; }
  function figure(label, value) { return el('div', { class: 'figure' }, [el('b', {}, [value]), el('span', { class: 'muted' }, [label])]); }
  function bar(label, value) {
    var pct = Math.max(0, Math.min(100, Math.round(value || 0)));
    var span = el('span'); span.style.width = pct + '%';
    return el('div', { class: 'bar', role: 'progressbar', 'aria-label': label, 'aria-valuemin': '0',
      'aria-valuemax': '100', 'aria-valuenow': String(pct) }, [span]);
  }

  class ReformWidget extends HTMLElement {
    static get observedAttributes() { return ['programme', 'code', 'from', 'to', 'refresh', 'api']; }
    constructor() {
      super();
      this.root = this.attachShadow({ mode: 'open' });
      this.root.appendChild(el('style', {}, [CSS]));
      this.body = el('section', { 'aria-live': 'polite' });
      this.root.appendChild(this.body);
    }
    connectedCallback() { this.load(); this.schedule(); }
    disconnectedCallback() { clearInterval(this.timer); }
    attributeChangedCallback() { if (this.isConnected) { this.load(); this.schedule(); } }
    schedule() {
      clearInterval(this.timer);
      var seconds = parseInt(this.getAttribute('refresh'), 10);
      if (seconds >= 10) { var self = this; this.timer = setInterval(function () { self.load(true); }, seconds * 1000); }
    }
    api() { return (this.getAttribute('api') || defaultApi).replace(/\/$/, ''); }
    show(children, busy) {
      this.body.setAttribute('aria-busy', busy ? 'true' : 'false');
      this.body.replaceChildren.apply(this.body, children);
    }
    load(quietly) {
      var self = this;
      var url = this.url();
      if (!url) { this.show([el('p', { role: 'alert' }, ['组件缺少必要的属性'])]); return; }
      if (!quietly) { this.show([el('p', { class: 'muted' }, ['正在加载…'])], true); }
      // revalidate every time: an unchanged answer is a 304 with no body (ETag)
      fetch(this.api() + url, { cache: 'no-cache', headers: { Accept: 'application/json' } })
        .then(function (r) {
          if (r.status === 404) { return null; }
          if (!r.ok) { throw new Error('HTTP ' + r.status); }
          return r.json();
        })
        .then(function (data) {
          if (data === null) { self.show([el('p', { class: 'muted' }, ['暂无数据'])]); return; }
          self.show(self.render(data).concat([self.refreshButton()]));
          self.dispatchEvent(new CustomEvent('reform-loaded', { bubbles: true, composed: true }));
        })
        .catch(function () {
          self.show([el('p', { role: 'alert' }, ['数据暂时无法加载，请稍后再试。']), self.refreshButton()]);
        });
    }
    refreshButton() {
      var self = this;
      var button = el('button', { type: 'button', 'aria-label': '刷新数据' }, ['刷新']);
      button.addEventListener('click', function () { self.load(); });
      return button;
    }
    query(names) {
      var self = this; var parts = [];
      names.forEach(function (n) {
        var v = self.getAttribute(n);
        if (v) { parts.push(encodeURIComponent(n) + '=' + encodeURIComponent(v)); }
      });
      return parts.length ? '?' + parts.join('&') : '';
    }
  }

  class ReformProgress extends ReformWidget {
    url() { return '/public/progress/summary' + this.query(['programme']); }
    render(s) {
      if (!s.measures) { return [el('h2', {}, [s.title || '改革举措推进情况']), el('p', { class: 'muted' }, ['暂无改革举措'])]; }
      var completed = s.byStatus && s.byStatus.COMPLETED ? s.byStatus.COMPLETED : 0;
      var domains = Object.keys(s.byDomain || {}).map(function (name) {
        var t = s.byDomain[name];
        return el('li', {}, [el('div', { class: 'row' }, [el('span', {}, [name]),
          el('span', { class: 'muted' }, [percent(t.completedPercent) + ' · ' + t.measures + ' 项'])]),
          bar(name + ' 完成率', t.completedPercent)]);
      });
      return [el('h2', {}, [s.title || '改革举措推进情况']),
        el('div', { class: 'figures' }, [figure('改革举措', s.measures), figure('已完成', completed),
          figure('完成率', percent(s.completedPercent)), figure('逾期', s.overdue)]),
        bar('总体完成率', s.completedPercent),
        el('ul', { 'aria-label': '各领域完成情况' }, domains),
        el('p', { class: 'muted' }, ['数据截至 ' + date(s.asOf) + '，最近审核 ' + date(s.lastUpdate)])];
    }
  }

  class ReformMeasure extends ReformWidget {
    url() {
      var programme = this.getAttribute('programme'); var code = this.getAttribute('code');
      if (!programme || !code) { return null; }
      return '/public/progress/measures/' + encodeURIComponent(programme) + '/' + encodeURIComponent(code);
    }
    render(m) {
      var deadline = m.deadlineKind === 'ONGOING' ? '持续推进' : date(m.deadline);
      return [el('h2', {}, [m.code + ' ' + m.title]),
        el('p', {}, [el('span', { class: 'badge' }, [STATUS[m.status] || m.status])]),
        el('p', {}, ['领域：' + (m.domain || '—')]),
        el('p', {}, ['牵头单位：' + ((m.leadUnits || []).join('、') || '—')]),
        el('p', {}, ['完成时限：' + deadline]),
        el('p', { class: 'muted' }, ['最近审核更新：' + date(m.lastApprovedUpdate)])];
    }
  }

  class AppealStats extends ReformWidget {
    url() { return '/public/appeals/stats' + this.query(['from', 'to']); }
    render(s) {
      var t = s.total || {};
      if (!t.received) { return [el('h2', {}, ['企业直通车']), el('p', { class: 'muted' }, ['本期暂无诉求'])]; }
      var rows = Object.keys(s.byCategory || {}).map(function (name) {
        var c = s.byCategory[name];
        return el('tr', {}, [el('th', { scope: 'row' }, [name]), el('td', {}, [c.received]), el('td', {}, [c.answered]),
          el('td', {}, [percent(c.resolvedPercent)]), el('td', {}, [percent(c.satisfactionPercent)])]);
      });
      var head = el('tr', {}, ['类别', '受理', '答复', '解决率', '满意率'].map(function (h) { return el('th', { scope: 'col' }, [h]); }));
      return [el('h2', {}, ['企业直通车']),
        el('div', { class: 'figures' }, [figure('收到诉求', t.received), figure('按时答复率', percent(t.answeredOnTimePercent)),
          figure('解决率', percent(t.resolvedPercent)), figure('满意率', percent(t.satisfactionPercent)),
          figure('平均答复用时（工作日）', t.averageWorkingDaysToAnswer === null || t.averageWorkingDaysToAnswer === undefined
            ? '—' : t.averageWorkingDaysToAnswer)]),
        el('div', { class: 'scroll' }, [el('table', {}, [el('caption', { class: 'muted' }, ['按类别（' + s.from + ' 至 ' + s.to + '）']),
          el('thead', {}, [head]), el('tbody', {}, rows)])])];
    }
  }

  if (!customElements.get('reform-progress')) { customElements.define('reform-progress', ReformProgress); }
  if (!customElements.get('reform-measure')) { customElements.define('reform-measure', ReformMeasure); }
  if (!customElements.get('appeal-stats')) { customElements.define('appeal-stats', AppealStats); }
})();
