"""Draft: new report sections in the house style, every figure accounted for, exported to Word."""
