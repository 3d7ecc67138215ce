import { findElement, REFLECTIEKADER, type ReflectiekaderOverview } from '@mao/domain';
import { useMemo, type MouseEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { api } from '../api';
import { useErrorText, useLocale, useT } from '../i18n';
import { useResource } from '../shared/useResource';
import { Alert, Button, Loading, PageTitle, Section } from '../ui';
import { filterParams, monthRange, type FilterKey } from './filters';
import { useFrameworkLabels } from './tags';

/**
 * `/lessen/overzicht`: how many lessons per werkzaam element and indicator, and per month. The
 * element/indicator chart is a table whose numbers are links and whose bars are decoration, so
 * it reads the same for everyone; the month chart is an SVG of links with a data table below.
 * Filters in the URL (e.g. `?communityId=…`) narrow the counts and carry over into every link.
 */
export function OverviewPage() {
  const t = useT();
  const l = t.lessons;
  const errorText = useErrorText();
  const [search] = useSearchParams();
  const filterQuery = filterParams(search).toString();
  const overview = useResource((signal) => api.lessons.overview(filterQuery, signal), [filterQuery]);

  /** A library link with the page's own filters plus these. */
  const href = (extra: Partial<Record<FilterKey, string>>) => {
    const params = new URLSearchParams(filterQuery);
    for (const [key, value] of Object.entries(extra)) params.set(key, value);
    return `/lessen?${params.toString()}`;
  };

  return (
    <div className="page lessons-overview">
      <p className="breadcrumb">
        <Link to={filterQuery ? `/lessen?${filterQuery}` : '/lessen'}>{l.backToLibraryFromOverview}</Link>
      </p>
      <PageTitle title={l.overviewTitle} siteName={t.common.appName} lead={l.overviewIntro} />
      {overview.status === 'loading' && <Loading label={t.common.loading} />}
      {overview.status === 'error' && (
        <Alert tone="error" title={l.overviewLoadError}>
          <p>{errorText(overview.error)}</p>
          <Button variant="secondary" onClick={overview.reload}>
            {t.common.retry}
          </Button>
        </Alert>
      )}
      {overview.status === 'ready' && (
        <div className="stack">
          <p className="lessons-overview__total">{l.overviewTotal(overview.data.total)}</p>
          <ElementMatrix overview={overview.data} href={href} />
          <MonthsChart overview={overview.data} href={href} />
        </div>
      )}
    </div>
  );
}

type Href = (extra: Partial<Record<FilterKey, string>>) => string;

function CountCell({ count, label, to, max }: { count: number; label: string; to: string | null; max: number }) {
  const l = useT().lessons;
  const width = max > 0 ? Math.round((count / max) * 100) : 0;
  return (
    <td className="count-cell">
      <span className="count-cell__bar" aria-hidden="true" style={{ width: `${width}%` }} />
      {count > 0 && to ? (
        <Link to={to} aria-label={l.countLink(count, label)} className="count-cell__value">
          {count}
        </Link>
      ) : (
        <span className="count-cell__value">{count}</span>
      )}
    </td>
  );
}

function ElementMatrix({ overview, href }: { overview: ReflectiekaderOverview; href: Href }) {
  const l = useT().lessons;
  const labels = useFrameworkLabels();
  const max = Math.max(0, ...overview.elements.map((element) => element.count));
  // Framework order, whatever order the api sends.
  const order = REFLECTIEKADER.elements.map((element) => element.id);
  const elements = [...overview.elements].sort((a, b) => order.indexOf(a.elementId) - order.indexOf(b.elementId));
  return (
    <Section title={l.matrixTitle}>
      <table className="count-table">
        <caption>{l.matrixCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{l.colElement}</th>
            <th scope="col">{l.colCount}</th>
          </tr>
        </thead>
        {elements.map((element) => {
          const label = labels.element(element.elementId);
          return (
            <tbody key={element.elementId} className="count-table__group">
              <tr className="count-table__element">
                <th scope="row">{label}</th>
                <CountCell count={element.count} label={label} to={href({ element: element.elementId })} max={max} />
              </tr>
              {element.indicators.map((indicator) => {
                const indicatorLabel = labels.indicator(indicator.indicatorId);
                return (
                  <tr key={indicator.indicatorId} className="count-table__indicator">
                    <th scope="row">{indicatorLabel}</th>
                    <CountCell count={indicator.count} label={indicatorLabel} to={href({ indicator: indicator.indicatorId })} max={max} />
                  </tr>
                );
              })}
              {element.indicators.length > 0 && element.withoutIndicator > 0 && (
                <tr className="count-table__indicator count-table__indicator--none">
                  <th scope="row">
                    {label}, {l.withoutIndicator}
                  </th>
                  <CountCell count={element.withoutIndicator} label="" to={null} max={max} />
                </tr>
              )}
            </tbody>
          );
        })}
      </table>
    </Section>
  );
}

function useMonthFormat() {
  const { locale } = useLocale();
  return useMemo(() => {
    const tag = locale === 'nl' ? 'nl-NL' : 'en-GB';
    const long = new Intl.DateTimeFormat(tag, { month: 'long', year: 'numeric', timeZone: 'UTC' });
    const short = new Intl.DateTimeFormat(tag, { month: 'short', timeZone: 'UTC' });
    const at = (month: string) => {
      const [year = 1970, mon = 1] = month.split('-').map(Number);
      return new Date(Date.UTC(year, mon - 1, 15));
    };
    return { long: (month: string) => long.format(at(month)), short: (month: string) => `${short.format(at(month)).replace('.', '')} ’${month.slice(2, 4)}` };
  }, [locale]);
}

const BAR = 36;
const GAP = 14;
const CHART_HEIGHT = 160;
const AXIS = 36;
const TOP = 20;

function MonthsChart({ overview, href }: { overview: ReflectiekaderOverview; href: Href }) {
  const l = useT().lessons;
  const labels = useFrameworkLabels();
  const navigate = useNavigate();
  const month = useMonthFormat();
  const max = Math.max(1, ...overview.months.map((m) => m.total));
  const width = Math.max(1, overview.months.length) * (BAR + GAP) + GAP;
  const elementIds = REFLECTIEKADER.elements.map((element) => element.id);
  const go = (event: MouseEvent<Element>, to: string) => {
    event.preventDefault();
    navigate(to);
  };
  return (
    <Section title={l.monthsTitle} intro={overview.months.length > 0 ? l.monthsIntro : undefined}>
      {overview.months.length === 0 ? (
        <p className="muted">{l.noMonths}</p>
      ) : (
        <>
          <div className="month-chart">
            <svg
              role="group"
              aria-label={l.monthsChartLabel}
              viewBox={`0 0 ${width} ${CHART_HEIGHT + AXIS + TOP}`}
              width={width}
              height={CHART_HEIGHT + AXIS + TOP}
              className="month-chart__svg"
            >
              <line x1={0} x2={width} y1={TOP + CHART_HEIGHT} y2={TOP + CHART_HEIGHT} className="month-chart__axis" aria-hidden="true" />
              {overview.months.map((entry, index) => {
                const height = Math.round((entry.total / max) * CHART_HEIGHT);
                const x = GAP + index * (BAR + GAP);
                const y = TOP + CHART_HEIGHT - height;
                const range = monthRange(entry.month);
                const to = href(range);
                const name = l.monthLink(month.long(entry.month), entry.total);
                const bar = (
                  <>
                    <rect x={x} y={y} width={BAR} height={Math.max(height, entry.total > 0 ? 2 : 0)} className="month-chart__bar" />
                    <text x={x + BAR / 2} y={y - 5} textAnchor="middle" className="month-chart__value" aria-hidden="true">
                      {entry.total}
                    </text>
                  </>
                );
                return (
                  <g key={entry.month}>
                    {entry.total > 0 ? (
                      <a href={to} aria-label={name} onClick={(event) => go(event, to)} className="month-chart__link">
                        <title>{name}</title>
                        {bar}
                      </a>
                    ) : (
                      <g aria-hidden="true">{bar}</g>
                    )}
                    <text x={x + BAR / 2} y={TOP + CHART_HEIGHT + 20} textAnchor="middle" className="month-chart__label" aria-hidden="true">
                      {month.short(entry.month)}
                    </text>
                  </g>
                );
              })}
            </svg>
          </div>
          <div className="table-scroll">
            <table className="count-table count-table--months">
              <caption>{l.monthsTableCaption}</caption>
              <thead>
                <tr>
                  <th scope="col">{l.colMonth}</th>
                  <th scope="col">{l.colTotal}</th>
                  {elementIds.map((id) => (
                    <th scope="col" key={id}>
                      <span aria-hidden="true" title={labels.element(id)}>
                        {findElement(id)?.number ?? id}
                      </span>
                      <span className="visually-hidden">{labels.element(id)}</span>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {overview.months.map((entry) => {
                  const range = monthRange(entry.month);
                  const name = month.long(entry.month);
                  return (
                    <tr key={entry.month}>
                      <th scope="row">{name}</th>
                      <td>{entry.total > 0 ? <Link to={href(range)} aria-label={l.monthLink(name, entry.total)}>{entry.total}</Link> : 0}</td>
                      {elementIds.map((id) => {
                        const count = entry.byElement[id] ?? 0;
                        return (
                          <td key={id}>
                            {count > 0 ? (
                              <Link to={href({ ...range, element: id })} aria-label={`${l.monthLink(name, count)}, ${labels.element(id)}`}>
                                {count}
                              </Link>
                            ) : (
                              0
                            )}
                          </td>
                        );
                      })}
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        </>
      )}
    </Section>
  );
}
