// The insulin-action curve lives in models/ because forecast v2 (models/glucose-forecast) is
// fed by it and models never import the core; the dose calculator reads it from here.
export * from '../../models/insulin-action/insulin-on-board';
