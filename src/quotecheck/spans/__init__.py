"""Text → spans: quote-mark scanning and sentence/paragraph segmentation."""
