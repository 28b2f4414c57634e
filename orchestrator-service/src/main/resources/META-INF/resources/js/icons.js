// The agents' identities as inline SVG (no emoji font needed): one 24×24 stroke drawing each.
const PATHS = {
  orchestrator: ['M12 2a10 10 0 1 0 0 20a10 10 0 1 0 0-20', 'M16 8l-2.5 5.5L8 16l2.5-5.5z'],
  sql: ['M4 6c0-1.7 3.6-3 8-3s8 1.3 8 3-3.6 3-8 3-8-1.3-8-3z', 'M4 6v12c0 1.7 3.6 3 8 3s8-1.3 8-3V6',
    'M4 12c0 1.7 3.6 3 8 3s8-1.3 8-3'],
  python: ['M8 7l-5 5 5 5', 'M16 7l5 5-5 5', 'M13.5 4l-3 16'],
  composer: ['M4 20h4L19 9l-4-4L4 16z', 'M13.5 6.5l4 4'],
  explainer: ['M3 5c3-1 6-1 9 1v14c-3-2-6-2-9-1z', 'M21 5c-3-1-6-1-9 1v14c3-2 6-2 9-1z'],
  warning: ['M12 3L2 20h20z', 'M12 10v4', 'M12 17v.5'],
  brain: ['M12 3v18', 'M12 7c-2-3-7-2-7 2-2 1-2 5 0 6 0 4 5 5 7 2', 'M12 7c2-3 7-2 7 2 2 1 2 5 0 6 0 4-5 5-7 2'],
};
const SVG = 'http://www.w3.org/2000/svg';

export function icon(name, label = name) {
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('class', `icon icon-${name}`);
  svg.setAttribute('role', 'img');
  svg.setAttribute('aria-label', label);
  (PATHS[name] || PATHS.orchestrator).forEach(d => {
    const path = document.createElementNS(SVG, 'path');
    path.setAttribute('d', d);
    svg.append(path);
  });
  return svg;
}
